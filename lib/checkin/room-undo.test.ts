import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { minutesAgo, setupRoomDoor as setup } from '@/test/room-door';

vi.mock('@/lib/auth/guards', () => ({
  requireApiCheckInAccess: async () => ({ id: 'door', email: 'door@example.test', role: 'staff' }),
  requireApiRole: async () => ({ id: 'lead', email: 'lead@example.test', role: 'organizer' }),
}));
import { getAttendeeSnapshot, getCheckinConflicts } from './queries';
import { undoRoomCheckIn } from './room-undo';
import { recordScan } from './service';

// What the room door's list carries, and taking a room check-in back, on the real database.

describe('the door list and undo at a room door', () => {
  it('carries the confirmed bookings, and a booking change arrives in the delta', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    const q = await s.person();
    const full = await getAttendeeSnapshot(s.event.id, null);
    const mine = full.attendees.find((x) => x.id === p.id);
    expect(mine?.bookings).toEqual([{ sessionId: s.workshop.id, checkedInAt: null, checkedInDevice: null }]);
    expect(full.attendees.find((x) => x.id === q.id)?.bookings).toEqual([]);
    // Only the booking changes (cancelled), not the registration: the delta must still bring the person.
    await db.registration.update({ where: { id: p.id }, data: { updatedAt: minutesAgo(60) } });
    await db.registration.update({ where: { id: q.id }, data: { updatedAt: minutesAgo(60) } });
    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.sessionBooking.update({
      where: { registrationId_sessionId: { registrationId: p.id, sessionId: s.workshop.id } },
      data: { status: 'cancelled', cancelledAt: new Date() },
    });
    const delta = await getAttendeeSnapshot(s.event.id, since);
    expect(delta.attendees.map((x) => [x.id, x.bookings])).toEqual([[p.id, []]]);
  });

  it('takes back the room check-in and the event check-in it implied, on the own device', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), s.workshop.id));
    const user = { id: 'u-staff', email: 'staff@example.test', role: 'staff' as const };
    const attendee = await undoRoomCheckIn({ ...s.ctx(), user }, p.id, s.workshop.id, undefined);
    expect(attendee.bookings).toEqual([{ sessionId: s.workshop.id, checkedInAt: null, checkedInDevice: null }]);
    expect(attendee.checkedInAt).toBeNull();
    expect((await s.booking(p.id)).checkedInAt).toBeNull();
    expect(await db.checkIn.count({ where: { registrationId: p.id, undoneAt: { not: null } } })).toBe(1);
    await expect(undoRoomCheckIn({ ...s.ctx('device-other'), user }, p.id, s.workshop.id, undefined)).rejects.toThrow();
  });

  it('leaves an earlier entrance check-in in place', async () => {
    const s = await setup();
    const p = await s.person({ sessionId: s.workshop.id, status: 'confirmed' });
    await recordScan(s.ctx('device-entrance'), s.scan(p.qr, minutesAgo(20), null));
    await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), s.workshop.id));
    const user = { id: 'u-staff', email: 'staff@example.test', role: 'staff' as const };
    const attendee = await undoRoomCheckIn({ ...s.ctx(), user }, p.id, s.workshop.id, undefined);
    expect(attendee.checkedInDevice).toBe('device-entrance');
    expect((await s.registration(p.id)).checkedInAt).not.toBeNull();
  });

  it('lists a room-door admission the server refuses as "not_booked" for the supervisor', async () => {
    const s = await setup();
    const p = await s.person();
    await recordScan(s.ctx(), s.scan(p.qr, minutesAgo(2), s.workshop.id, { localResult: 'checked_in' }));
    const conflicts = await getCheckinConflicts(s.event.id);
    expect(conflicts.map((c) => [c.registrationId, c.status])).toEqual([[p.id, 'not_booked']]);
  });
});
