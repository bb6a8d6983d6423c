import { afterEach, describe, expect, it, vi } from 'vitest';
import { doorAttendee, newTicketCode } from '@/test/door';
import { DOOR_EVENT, doorRig, stopDoorEngines } from '@/test/door-engine';

afterEach(() => {
  stopDoorEngines();
  vi.useRealTimers();
});

describe('door engine: start and stop', () => {
  it('syncs every 3 seconds once started; stop() ends the timer and the listeners and closes the store', async () => {
    vi.useFakeTimers();
    const rig = await doorRig([await doorAttendee()]);
    await rig.engine.start();
    expect(rig.callsTo('attendees')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(rig.callsTo('attendees')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(rig.callsTo('attendees')).toHaveLength(4);

    rig.engine.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(rig.callsTo('attendees')).toHaveLength(4);
    expect(vi.getTimerCount()).toBe(0);
    expect(rig.net.listeners.size).toBe(0);
    expect(rig.store.closed).toBe(true);
  });

  it('never runs two rounds at once: ticks during a slow round are skipped, a requested sync follows it', async () => {
    vi.useFakeTimers();
    const rig = await doorRig([await doorAttendee()]);
    await rig.engine.start();
    const release = rig.server.hold('attendees');
    await vi.advanceTimersByTimeAsync(3_000);
    await vi.advanceTimersByTimeAsync(12_000);
    expect(rig.callsTo('attendees')).toHaveLength(2);
    release();
    await vi.waitFor(() => expect(rig.server.answered('attendees')).toBe(2));
    // Skipped ticks are not made up for: nothing more before the next tick.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rig.callsTo('attendees')).toHaveLength(2);

    const releaseAgain = rig.server.hold('attendees');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(rig.callsTo('attendees')).toHaveLength(3);
    const requested = rig.engine.sync();
    releaseAgain();
    await requested;
    expect(rig.callsTo('attendees')).toHaveLength(4);
    expect(rig.server.maxInFlight()).toBe(1);
  });

  it('shows offline at once on the browser offline event, and syncs on the online event', async () => {
    const rig = await doorRig([await doorAttendee()]);
    await rig.engine.start();
    rig.net.set(false);
    expect(rig.state().online).toBe(false);
    const before = rig.callsTo('attendees').length;
    rig.net.set(true);
    await vi.waitFor(() => expect(rig.state().online).toBe(true));
    expect(rig.callsTo('attendees')).toHaveLength(before + 1);
  });

  it('starts offline from a stored list: decides scans before any answer from the server', async () => {
    const ticketCode = newTicketCode();
    const person = await doorAttendee({ ticketCode });
    const rig = await doorRig([person]);
    await rig.engine.start();
    rig.engine.stop();
    rig.server.failNext('attendees', 'network');
    rig.server.failNext('scans', 'network');
    await rig.engine.start();
    expect(rig.state()).toMatchObject({ ready: true, online: false });
    await rig.engine.scan(await rig.signer.sign(ticketCode, DOOR_EVENT));
    expect(rig.state().result?.kind).toBe('checked_in');
    expect(rig.state().result?.attendee?.id).toBe(person.id);
  });
});

describe('door engine: scanning', () => {
  it('counts a code the camera sees again within 4 seconds once; typed codes always count', async () => {
    const ticketCode = newTicketCode();
    const rig = await doorRig([await doorAttendee({ ticketCode })]);
    await rig.engine.start();
    const qr = await rig.signer.sign(ticketCode, DOOR_EVENT);
    await rig.engine.scan(qr, 'camera');
    const first = rig.state().result;
    await rig.engine.scan(qr, 'camera');
    expect(rig.state().result).toBe(first);
    rig.advance(4_000);
    await rig.engine.scan(qr, 'camera');
    expect(rig.state().result?.kind).toBe('already_checked_in');
    await rig.engine.scan(qr);
    expect(rig.state().result?.seq).toBe(3);
  });

  it('ignores empty and overlong input', async () => {
    const rig = await doorRig([]);
    await rig.engine.start();
    await rig.engine.scan('   ');
    await rig.engine.scan('A'.repeat(301));
    expect(rig.state().result).toBeNull();
    expect(rig.state().pending).toBe(0);
  });
});
