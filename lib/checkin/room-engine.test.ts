import { afterEach, describe, expect, it } from 'vitest';
import { doorAttendee, newTicketCode } from '@/test/door';
import { DEVICE, DOOR_EVENT, doorRig, stopDoorEngines } from '@/test/door-engine';
import { mergeServerAttendees } from './door-merge';
import { localCheckIn } from './room-local';

afterEach(() => stopDoorEngines());

const ROOM = 'session-room-1';
const AT = '2025-04-03T08:00:00.000Z';

/** A started rig whose server is unreachable for scans, with people whose tickets are signed. */
async function offlineRoomDoor() {
  const codes = [newTicketCode(), newTicketCode(), newTicketCode()];
  const booking = { sessionId: ROOM, checkedInAt: null, checkedInDevice: null };
  const [booked, unbooked, online] = [
    await doorAttendee({ ticketCode: codes[0], bookings: [booking] }),
    await doorAttendee({ ticketCode: codes[1], bookings: [{ ...booking, sessionId: 'session-other' }] }),
    await doorAttendee({ ticketCode: codes[2], bookings: [], mode: 'online' }),
  ];
  const rig = await doorRig([booked, unbooked, online]);
  await rig.engine.start();
  rig.engine.setDoor(ROOM);
  rig.server.failNext('scans', 'network', 'network', 'network', 'network', 'network');
  const qr = await Promise.all(codes.map((code) => rig.signer.sign(code, DOOR_EVENT)));
  return { ...rig, booked, unbooked, online, qr: qr as [string, string, string] };
}

describe('door engine at a room door, offline', () => {
  it('admits a booked person from the stored list, checks the booking and the event in, queues the door', async () => {
    const rig = await offlineRoomDoor();
    await rig.engine.scan(rig.qr[0]);
    expect(rig.state().result).toMatchObject({ kind: 'checked_in', door: ROOM, undoable: true });
    const stored = rig.store.attendees.get(rig.booked.id);
    expect(stored?.bookings).toEqual([{ sessionId: ROOM, checkedInAt: AT, checkedInDevice: DEVICE }]);
    expect(stored?.checkedInAt).toBe(AT);
    expect([...rig.store.queue.values()]).toMatchObject([{ sessionId: ROOM, localResult: 'checked_in' }]);
    await rig.engine.scan(rig.qr[0], 'typed');
    expect(rig.state().result?.kind).toBe('already_checked_in');
  });

  it('refuses people without a booking of this session and online attendees, and admits no unknown ticket', async () => {
    const rig = await offlineRoomDoor();
    await rig.engine.scan(rig.qr[1]);
    expect(rig.state().result).toMatchObject({ kind: 'not_booked', undoable: false });
    await rig.engine.scan(rig.qr[2]);
    expect(rig.state().result?.kind).toBe('online');
    // A valid ticket the list does not know yet: its booking cannot be checked here.
    await rig.engine.scan(await rig.signer.sign(newTicketCode(), DOOR_EVENT));
    expect(rig.state().result).toMatchObject({ kind: 'not_booked', attendee: null });
    expect([...rig.store.queue.values()].map((q) => q.localResult)).toEqual(['not_booked', 'online']);
    expect(rig.store.attendees.get(rig.unbooked.id)?.checkedInAt).toBeNull();
  });

  it('back at the entrance decides as before, with the door named as null', async () => {
    const rig = await offlineRoomDoor();
    rig.engine.setDoor(null);
    await rig.engine.scan(rig.qr[1]);
    expect(rig.state().result?.kind).toBe('checked_in');
    expect([...rig.store.queue.values()]).toMatchObject([{ sessionId: null }]);
  });
});

describe('room check-ins on the device', () => {
  it('keep an earlier event check-in, and the merge keeps the earliest booking check-in until the server has it', async () => {
    const person = await doorAttendee({
      checkedInAt: '2025-04-03T07:30:00.000Z',
      checkedInDevice: 'geraet-entrance',
      bookings: [{ sessionId: ROOM, checkedInAt: null, checkedInDevice: null }],
    });
    const local = localCheckIn(person, ROOM, AT, DEVICE);
    expect(local.checkedInAt).toBe('2025-04-03T07:30:00.000Z');
    expect(local.bookings).toEqual([{ sessionId: ROOM, checkedInAt: AT, checkedInDevice: DEVICE }]);
    const [merged] = mergeServerAttendees([person], new Map([[person.id, local]]), new Set([person.id]));
    expect(merged?.bookings).toEqual(local.bookings);
    // The server dropped the booking meanwhile: it stays dropped.
    const [dropped] = mergeServerAttendees(
      [{ ...person, bookings: [] }],
      new Map([[person.id, local]]),
      new Set([person.id]),
    );
    expect(dropped?.bookings).toEqual([]);
  });
});
