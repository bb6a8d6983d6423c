import { describe, expect, it } from 'vitest';
import { doorEventPhase, sortDoorEvents } from './door-events';

// 2026-12-02 10:00 in Berlin (UTC+1).
const now = new Date('2026-12-02T09:00:00Z');
const at = (iso: string, hours = 8) => ({
  startsAt: new Date(iso),
  endsAt: new Date(Date.parse(iso) + hours * 3600_000),
});

describe('doorEventPhase', () => {
  it('calls running events and those starting later today "today", in the venue time zone', () => {
    expect(doorEventPhase(at('2026-12-02T07:00:00Z'), now)).toBe('today');
    expect(doorEventPhase(at('2026-12-02T18:00:00Z', 2), now)).toBe('today');
    // 23:30 UTC on the 2nd is already the 3rd in Berlin.
    expect(doorEventPhase(at('2026-12-02T23:30:00Z', 2), now)).toBe('upcoming');
  });

  it('tells upcoming from ended events', () => {
    expect(doorEventPhase(at('2026-12-05T08:00:00Z'), now)).toBe('upcoming');
    expect(doorEventPhase(at('2026-12-01T08:00:00Z'), now)).toBe('past');
  });
});

describe('sortDoorEvents', () => {
  it("puts today's events first, then upcoming by start, then ended ones latest first", () => {
    const list = [
      { name: 'ended long ago', phase: 'past' as const, startsAt: new Date('2026-11-30T08:00:00Z') },
      { name: 'next week', phase: 'upcoming' as const, startsAt: new Date('2026-12-09T08:00:00Z') },
      { name: 'ended yesterday', phase: 'past' as const, startsAt: new Date('2026-12-01T08:00:00Z') },
      { name: 'today', phase: 'today' as const, startsAt: new Date('2026-12-02T08:00:00Z') },
      { name: 'tomorrow', phase: 'upcoming' as const, startsAt: new Date('2026-12-03T08:00:00Z') },
    ];
    expect(sortDoorEvents(list).map((e) => e.name)).toEqual([
      'today',
      'tomorrow',
      'next week',
      'ended yesterday',
      'ended long ago',
    ]);
  });
});
