import { afterEach, describe, expect, it, vi } from 'vitest';
import { doorAttendee, newTicketCode } from '@/test/door';
import { DEVICE, DOOR_EVENT, doorRig, stopDoorEngines } from '@/test/door-engine';

afterEach(() => {
  stopDoorEngines();
  vi.useRealTimers();
});

/** A rig with one confirmed person, started, and that person's signed ticket. */
async function started(overrides: Parameters<typeof doorAttendee>[0] = {}) {
  const ticketCode = newTicketCode();
  const person = await doorAttendee({ ticketCode, ...overrides });
  const rig = await doorRig([person]);
  await rig.engine.start();
  return { ...rig, person, qr: await rig.signer.sign(ticketCode, DOOR_EVENT) };
}

describe('door engine: sync loop', () => {
  it('loads the full list first, then asks only for what changed since the server time', async () => {
    const rig = await started();
    expect(rig.state()).toMatchObject({ ready: true, online: true, pending: 0, syncError: null, device: DEVICE });
    expect(rig.state().attendees).toEqual([rig.person]);
    expect(rig.state().lastSyncAt).toBe('2025-04-03T08:00:00.000Z');
    await rig.engine.sync();
    const [first, second] = rig.callsTo('attendees');
    expect(first?.since).toBeNull();
    expect(second?.since).toBe('2025-04-03T07:00:01.000Z');
  });

  it('decides a scan offline, queues it, and sends the queue before asking for changes', async () => {
    const rig = await started();
    rig.server.failNext('scans', 'network');
    await rig.engine.scan(rig.qr);
    expect(rig.state().result).toMatchObject({ kind: 'checked_in', undoable: true, idempotencyKey: 'key-0001' });
    expect(rig.state().result?.attendee).toMatchObject({
      checkedInAt: '2025-04-03T08:00:00.000Z',
      checkedInDevice: DEVICE,
    });
    await vi.waitFor(() => expect(rig.state().syncError).toMatch(/^network/));
    expect(rig.state()).toMatchObject({ online: false, pending: 1 });

    rig.server.calls.length = 0;
    await rig.engine.sync();
    expect(rig.server.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST scans', 'GET attendees']);
    expect(rig.server.calls[0]?.body).toEqual({
      deviceId: DEVICE,
      scans: [
        // sessionId null: the event entrance, named (devices from before room doors send none).
        {
          idempotencyKey: 'key-0001',
          scannedAt: '2025-04-03T08:00:00.000Z',
          code: rig.qr,
          localResult: 'checked_in',
          sessionId: null,
        },
      ],
    });
    expect(rig.server.calls[1]?.since).not.toBeNull();
    expect(rig.state()).toMatchObject({ online: true, pending: 0, syncError: null });
    expect(rig.server.attendees.get(rig.person.id)?.checkedInAt).toBe('2025-04-03T08:00:00.000Z');
  });

  it('keeps the queue when the server answers with an error, and sends the same scan again later', async () => {
    const rig = await started();
    rig.server.failNext(
      'scans',
      Response.json({ error: { code: 'UNAVAILABLE', message: 'Wartung.' } }, { status: 503 }),
    );
    await rig.engine.checkInAttendee(rig.person);
    await vi.waitFor(() => expect(rig.state().syncError).toBe('http 503: Wartung.'));
    expect(rig.state()).toMatchObject({ online: false, pending: 1 });
    expect(rig.callsTo('attendees')).toHaveLength(1);
    await rig.engine.sync();
    expect(rig.callsTo('scans').map((c) => c.body)).toEqual([
      rig.callsTo('scans')[0]?.body,
      rig.callsTo('scans')[0]?.body,
    ]);
    expect(rig.state().pending).toBe(0);
  });

  it('rejects a malformed answer to the scans: the queue stays', async () => {
    const rig = await started();
    rig.server.failNext('scans', Response.json({ ok: true }), new Response('<html>Portal</html>', { status: 200 }));
    await rig.engine.checkInAttendee(rig.person);
    await vi.waitFor(() =>
      expect(rig.state().syncError).toBe('malformed 200: results: Invalid input: expected array, received undefined'),
    );
    await rig.engine.sync();
    expect(rig.state().syncError).toMatch(/^malformed 200: body/);
    expect(rig.state()).toMatchObject({ online: false, pending: 1 });
  });

  it('keeps unanswered scans queued when the server answers for only some of them', async () => {
    const rig = await started();
    rig.server.failNext('scans', 'network', 'network');
    await rig.engine.checkInAttendee(rig.person);
    await rig.engine.scan(rig.qr);
    await vi.waitFor(() => expect(rig.callsTo('scans')).toHaveLength(2));
    await vi.waitFor(() => expect(rig.state()).toMatchObject({ pending: 2, online: false }));
    const onlyFirst = { idempotencyKey: 'key-0001', result: 'checked_in', checkInId: 'c1', attendee: null };
    rig.server.failNext('scans', Response.json({ results: [onlyFirst] }), Response.json({ results: [] }));
    await rig.engine.sync();
    expect(rig.state().pending).toBe(1);
    expect([...rig.store.queue.keys()]).toEqual(['key-0002']);
    expect(rig.state().syncError).toBe('the server answered for none of the scans');
  });

  it('rejects a malformed list: the stored list, the sync time and the next delta stay as they were', async () => {
    const rig = await started();
    const before = rig.state();
    const broken = { ...rig.person, status: 'maybe', firstName: 'Eve' };
    rig.server.failNext(
      'attendees',
      Response.json({
        serverTime: '2025-04-03T09:00:00Z',
        attendees: [broken],
        publicKey: 'k',
        eventTag: '0123456789abcdef',
      }),
    );
    await rig.engine.sync();
    expect(rig.state().syncError).toMatch(/^malformed 200: attendees\.0\.status/);
    expect(rig.state().attendees).toEqual(before.attendees);
    expect(rig.state().lastSyncAt).toBe(before.lastSyncAt);
    await rig.engine.sync();
    expect(rig.callsTo('attendees').at(-1)?.since).toBe(rig.callsTo('attendees').at(-2)?.since);
  });

  it('stores only what a door may know: extra fields from the server are dropped', async () => {
    const person = { ...(await doorAttendee()), email: 'erika@example.test', answers: { diet: 'vegan' } };
    const rig = await doorRig([person]);
    await rig.engine.start();
    expect(Object.keys(rig.store.attendees.get(person.id)!)).not.toContain('email');
    expect(JSON.stringify(rig.state().attendees)).not.toMatch(/erika@|vegan/);
  });

  it('sends an offline admission of someone cancelled meanwhile with its verdict; the server records a conflict', async () => {
    const rig = await started();
    rig.server.failNext('scans', 'network');
    await rig.engine.scan(rig.qr);
    await vi.waitFor(() => expect(rig.state().pending).toBe(1));
    await vi.waitFor(() => expect(rig.state().online).toBe(false));
    rig.server.attendees.get(rig.person.id)!.status = 'cancelled';
    await rig.engine.sync();
    expect(rig.callsTo('scans').at(-1)?.body).toMatchObject({ scans: [{ localResult: 'checked_in' }] });
    expect(rig.server.outcomes.at(-1)?.result).toBe('conflict');
    expect(rig.state().pending).toBe(0);
    expect(rig.state().attendees[0]).toMatchObject({ status: 'cancelled', checkedInAt: null });
    await rig.engine.scan(rig.qr);
    expect(rig.state().result?.kind).toBe('cancelled');
  });
});
