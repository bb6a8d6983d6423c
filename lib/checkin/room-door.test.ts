import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { minutesAgo, setupRoomDoor as setup } from '@/test/room-door';

vi.mock('@/lib/auth/guards', () => ({
  requireApiCheckInAccess: async () => ({ id: 'door', email: 'door@example.test', role: 'staff' }),
}));
import { countSessionCheckins } from './room-door';
import { countCheckins, recordScan, syncScans } from './service';

// The room door's scan rules on the real database (online and offline paths; bookings from test/room-door.ts).

describe('a scan at a room door', () => {
  it('admits a confirmed booking, checks the booking in and implies the event check-in', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    const at = minutesAgo(5);
    const outcome = await recordScan(s.ctx(), s.scan(p.qr, at, s.workshop.id));
    expect(outcome.result).toBe('checked_in');
    expect(outcome.attendee?.bookings).toEqual([
      { sessionId: s.workshop.id, checkedInAt: at.toISOString(), checkedInDevice: 'device-room-a' },
    ]);
    expect((await s.booking(p.id)).checkedInAt?.toISOString()).toBe(at.toISOString());
    expect((await s.registration(p.id)).checkedInAt?.toISOString()).toBe(at.toISOString());
    const rows = await db.checkIn.findMany({ where: { registrationId: p.id } });
    expect(rows.map((r) => [r.result, r.sessionId])).toEqual([['checked_in', s.workshop.id]]);
    expect(await countSessionCheckins(s.event.id, [s.workshop.id])).toEqual([
      { sessionId: s.workshop.id, checkedIn: 1, booked: 1 },
    ]);
  });

  it('refuses people without a confirmed booking of this session: none, another, waitlisted, cancelled', async () => {
    const s = await setup();
    const people = [
      await s.person(),
      await s.person({ sessionId: s.other.id, status: 'confirmed' }),
      await s.person({ sessionId: s.workshop.id, status: 'waitlisted' }),
      await s.person({ sessionId: s.workshop.id, status: 'cancelled' }),
    ];
    for (const p of people) {
      const outcome = await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(1), s.workshop.id));
      expect(outcome.result).toBe('not_booked');
      expect((await s.registration(p.id)).checkedInAt).toBeNull();
    }
    expect((await s.booking(people[1]!.id, s.other.id)).checkedInAt).toBeNull();
    const rows = await db.checkIn.findMany({ where: { sessionId: s.workshop.id } });
    expect(rows.map((r) => r.result)).toEqual(['not_booked', 'not_booked', 'not_booked', 'not_booked']);
    expect(await countSessionCheckins(s.event.id, [s.workshop.id])).toEqual([
      { sessionId: s.workshop.id, checkedIn: 0, booked: 0 },
    ]);
  });

  it('refuses a cancelled registration as cancelled, and one the device let in offline as a conflict', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    await db.registration.update({ where: { id: p.id }, data: { status: 'cancelled' } });
    expect((await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), s.workshop.id))).result).toBe('cancelled');
    const offline = s.scan(p.qr, minutesAgo(1), s.workshop.id, { localResult: 'checked_in' });
    expect((await recordScan(s.ctx(), offline)).result).toBe('conflict');
    expect((await s.booking(p.id)).checkedInAt).toBeNull();
  });

  it('keeps the earliest room check-in and demotes the later one; an earlier event check-in stays the event’s', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    const [entrance, early, late] = [minutesAgo(30), minutesAgo(10), minutesAgo(5)];
    await recordScan(s.ctx('device-entrance'), s.scan(p.qr, entrance, null));
    expect((await recordScan(s.ctx('device-late'), s.scan(p.qr, late, s.workshop.id))).result).toBe('checked_in');
    expect((await recordScan(s.ctx('device-early'), s.scan(p.qr, early, s.workshop.id))).result).toBe('checked_in');
    const booking = await s.booking(p.id);
    expect([booking.checkedInAt?.toISOString(), booking.checkedInDevice]).toEqual([
      early.toISOString(),
      'device-early',
    ]);
    const reg = await s.registration(p.id);
    expect([reg.checkedInAt?.toISOString(), reg.checkedInDevice]).toEqual([entrance.toISOString(), 'device-entrance']);
    const rows = await db.checkIn.findMany({ where: { registrationId: p.id }, orderBy: { scannedAt: 'asc' } });
    expect(rows.map((r) => [r.deviceId, r.result])).toEqual([
      ['device-entrance', 'checked_in'],
      ['device-early', 'checked_in'],
      ['device-late', 'already_checked_in'],
    ]);
    const again = await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(1), s.workshop.id));
    expect(again.result).toBe('already_checked_in');
  });

  it('makes an earlier room scan the event check-in and demotes the entrance’s later row', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    const [entrance, room] = [minutesAgo(5), minutesAgo(20)];
    await recordScan(s.ctx('device-entrance'), s.scan(p.qr, entrance, null));
    await recordScan(s.ctx('device-room'), s.scan(p.qr, room, s.workshop.id));
    const reg = await s.registration(p.id);
    expect([reg.checkedInAt?.toISOString(), reg.checkedInDevice]).toEqual([room.toISOString(), 'device-room']);
    const rows = await db.checkIn.findMany({ where: { registrationId: p.id }, orderBy: { scannedAt: 'asc' } });
    expect(rows.map((r) => [r.deviceId, r.sessionId, r.result])).toEqual([
      ['device-room', s.workshop.id, 'checked_in'],
      ['device-entrance', null, 'already_checked_in'],
    ]);
  });
});

describe('online registrations at the doors', () => {
  it('are refused as "online" at a room door and at the entrance of a device that names its door', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    await db.registration.update({ where: { id: p.id }, data: { mode: 'online' } });
    expect((await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(3), s.workshop.id))).result).toBe('online');
    const [single] = [await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), null))];
    expect(single.result).toBe('online');
    expect(single.attendee?.mode).toBe('online');
    // A batch (the offline queue) decides the same way.
    const batch = await syncScans(s.ctx(), [s.scan(p.qr, minutesAgo(2), null), s.scan(p.qr, minutesAgo(1), null)]);
    expect(batch.map((o) => o.result)).toEqual(['online', 'online']);
    expect((await s.registration(p.id)).checkedInAt).toBeNull();
    // The door counts on-site people only.
    expect(await countCheckins(s.event.id)).toEqual({ checkedIn: 0, confirmed: 0 });
  });

  it('are refused as "cancelled" to devices from before room doors, which know no "online" verdict', async () => {
    const s = await setup();
    const p = await s.person();
    await db.registration.update({ where: { id: p.id }, data: { mode: 'online' } });
    expect((await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), undefined))).result).toBe('cancelled');
    const batch = await syncScans(s.ctx(), [
      s.scan(p.qr, minutesAgo(2), undefined),
      s.scan(p.qr, minutesAgo(1), undefined),
    ]);
    expect(batch.map((o) => o.result)).toEqual(['cancelled', 'cancelled']);
    expect((await s.registration(p.id)).checkedInAt).toBeNull();
  });
});

describe('an offline queue from a room door', () => {
  it('syncs with the same results as one by one, idempotently, with conflicts for refused local admissions', async () => {
    const s = await setup();
    const [a, b, c] = [
      await s.person({ sessionId: s.workshop.id, status: 'confirmed' }),
      await s.person({ sessionId: s.workshop.id, status: 'confirmed' }),
      await s.person({ sessionId: s.other.id, status: 'confirmed' }),
    ];
    const local = { localResult: 'checked_in' };
    const queue = [
      s.scan(a.qr, minutesAgo(9), s.workshop.id, local),
      s.scan(b.qr, minutesAgo(8), s.workshop.id, local),
      s.scan(a.qr, minutesAgo(7), s.workshop.id, { localResult: 'already_checked_in' }),
      // Booked when the device last synced, dropped since: the supervisor must see it.
      s.scan(c.qr, minutesAgo(6), s.workshop.id, local),
      s.scan(c.qr, minutesAgo(5), s.other.id, local),
    ];
    const results = await syncScans(s.ctx(), queue);
    expect(results.map((o) => o.result)).toEqual([
      'checked_in',
      'checked_in',
      'already_checked_in',
      'conflict',
      'checked_in',
    ]);
    const repeated = await syncScans(s.ctx(), queue);
    expect(repeated.map((o) => [o.result, o.checkInId])).toEqual(results.map((o) => [o.result, o.checkInId]));
    expect(await db.checkIn.count({ where: { eventId: s.event.id } })).toBe(5);
    expect((await s.booking(a.id)).checkedInAt?.toISOString()).toBe(queue[0]!.scannedAt);
    for (const p of [a, b, c]) expect((await s.registration(p.id)).checkedInAt).not.toBeNull();
    expect(await countSessionCheckins(s.event.id, [s.other.id, s.workshop.id].sort())).toEqual(
      [
        { sessionId: s.workshop.id, checkedIn: 2, booked: 2 },
        { sessionId: s.other.id, checkedIn: 1, booked: 1 },
      ].sort((x, y) => x.sessionId.localeCompare(y.sessionId)),
    );
  });

  it('is answered as not booked for a door that is no bookable session of this event, and records no session', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    const foreign = await setup();
    const outcome = await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(1), foreign.workshop.id));
    expect(outcome.result).toBe('not_booked');
    const [row] = await db.checkIn.findMany({ where: { registrationId: p.id } });
    expect(row?.sessionId).toBeNull();
  });
});
