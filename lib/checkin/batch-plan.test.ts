import { describe, expect, it } from 'vitest';
import { planBatch, type KnownCheckIn, type PreparedScan } from './batch-plan';
import type { DoorRow } from './door-row';

const EVENT = 'ev-1';
const device = { deviceId: 'device-batch', actor: 'door@example.test' };
const t = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));

function reg(id: string, overrides: Partial<DoorRow> = {}): DoorRow {
  return {
    id,
    eventId: EVENT,
    title: null,
    firstName: 'Erika',
    lastName: id,
    organization: null,
    status: 'confirmed',
    guestType: 'attendee',
    checkedInAt: null,
    checkedInDevice: null,
    ticketCode: `${id.toUpperCase().padEnd(32, '0')}`,
    cancelledBy: null,
    mode: 'onsite',
    ...overrides,
  };
}
const scan = (key: string, id: string, minute: number, extra: Partial<PreparedScan> = {}): PreparedScan => ({
  idempotencyKey: key,
  scannedAt: t(minute),
  ref: { kind: 'id', id },
  ...extra,
});
function plan(regs: DoorRow[], scans: PreparedScan[], existing: KnownCheckIn[] = []) {
  return planBatch(
    {
      eventId: EVENT,
      scans,
      registrations: new Map(regs.map((r) => [r.id, r])),
      existing: new Map(existing.map((c) => [c.idempotencyKey, c])),
    },
    device,
  );
}

describe('planBatch', () => {
  it('keeps the earlier of two scans of one ticket: later-timed second is "already", earlier-timed second takes over', () => {
    const forward = plan([reg('a')], [scan('k1', 'a', 1), scan('k2', 'a', 2)]);
    expect(forward.outcomes.map((o) => o.result)).toEqual(['checked_in', 'already_checked_in']);
    expect(forward.inserts.map((c) => c.result)).toEqual(['checked_in', 'already_checked_in']);
    expect(forward.demoted.size).toBe(0);

    const backward = plan([reg('a')], [scan('k1', 'a', 2), scan('k2', 'a', 1)]);
    // One by one, the first scan was a check-in when it was decided; its stored row is demoted by the second.
    expect(backward.outcomes.map((o) => o.result)).toEqual(['checked_in', 'checked_in']);
    expect(backward.inserts.map((c) => c.result)).toEqual(['already_checked_in', 'checked_in']);
    expect(backward.checkedIn.get('a')).toEqual(t(1));
    expect(backward.outcomes.map((o) => o.attendee?.checkedInAt)).toEqual([t(2).toISOString(), t(1).toISOString()]);
  });

  it('keeps the first of two scans at the same time', () => {
    const p = plan([reg('a')], [scan('k1', 'a', 1), scan('k2', 'a', 1)]);
    expect(p.outcomes.map((o) => o.result)).toEqual(['checked_in', 'already_checked_in']);
  });

  it('answers a repeated key with the row as it stands then, without a second insert', () => {
    const p = plan([reg('a')], [scan('k1', 'a', 2), scan('k2', 'a', 1), scan('k1', 'a', 5)]);
    expect(p.inserts.map((c) => c.idempotencyKey)).toEqual(['k1', 'k2']);
    expect(p.outcomes.map((o) => o.result)).toEqual(['checked_in', 'checked_in', 'already_checked_in']);
    expect(p.outcomes[2]!.checkIn).toBe(p.outcomes[0]!.checkIn);
  });

  it('demotes a stored check-in that a late, earlier offline scan replaces, and not an undone one', () => {
    const stored: KnownCheckIn[] = [
      {
        id: 'c1',
        idempotencyKey: 'old',
        result: 'checked_in',
        registrationId: 'a',
        sessionId: null,
        undoneAt: null,
        scannedAt: t(5),
      },
    ];
    const p = plan(
      [reg('a', { checkedInAt: t(5), checkedInDevice: 'other' })],
      [scan('k1', 'a', 3), scan('old', 'a', 9)],
      stored,
    );
    expect(p.demoted).toEqual(new Set(['a']));
    expect(p.outcomes.map((o) => o.result)).toEqual(['checked_in', 'already_checked_in']);
    expect(p.outcomes[1]!.checkIn.id).toBe('c1');

    const undone = plan([reg('a')], [scan('k1', 'a', 3)], [{ ...stored[0]!, undoneAt: t(6) }]);
    expect(undone.demoted.size).toBe(0);
  });

  it('tells invalid, other events, cancelled, waitlisted and offline conflicts apart without writing a check-in', () => {
    const regs = [reg('c', { status: 'cancelled' }), reg('w', { status: 'waitlisted' }), reg('x', { eventId: 'ev-2' })];
    const p = plan(regs, [
      scan('k1', 'c', 1),
      scan('k2', 'c', 1, { localResult: 'checked_in' }),
      scan('k3', 'w', 1, { localResult: 'checked_in' }),
      scan('k4', 'x', 1),
      scan('k5', 'nobody', 1),
      scan('k6', 'c', 1, { ref: { kind: 'invalid' } }),
      scan('k7', 'c', 1, { ref: { kind: 'code', ticketCode: reg('w').ticketCode } }),
    ]);
    expect(p.outcomes.map((o) => o.result)).toEqual([
      'cancelled',
      'conflict',
      'conflict',
      'wrong_event',
      'invalid',
      'invalid',
      'waitlisted',
    ]);
    expect(p.inserts.map((c) => c.registrationId)).toEqual(['c', 'c', 'w', null, null, null, 'w']);
    expect(p.checkedIn.size).toBe(0);
  });
});
