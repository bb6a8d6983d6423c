import { describe, expect, it } from 'vitest';
import { findOverlap, groupIntoSlots, sessionsOverlap } from './slots';

const at = (h: number, m = 0) => new Date(Date.UTC(2027, 2, 12, h, m));
const s = (id: string, from: number, to: number) => ({ id, startsAt: at(from), endsAt: at(to) });

describe('session time rules', () => {
  it('treats back-to-back sessions as not overlapping and shared minutes as overlapping', () => {
    expect(sessionsOverlap(s('a', 10, 11), s('b', 11, 12))).toBe(false);
    expect(sessionsOverlap(s('a', 10, 12), s('b', 11, 13))).toBe(true);
  });

  it('finds the overlapping pair among several chosen sessions', () => {
    expect(findOverlap([s('a', 9, 10), s('b', 13, 15), s('c', 14, 16)])?.map((x) => x.id)).toEqual(['b', 'c']);
    expect(findOverlap([s('a', 9, 10), s('b', 10, 11)])).toBeNull();
  });

  it('groups parallel workshops into one slot and later ones into the next', () => {
    const slots = groupIntoSlots([s('c', 14, 16), s('a', 10, 12), s('b', 10, 11), s('d', 11, 12)]);
    expect(slots.map((slot) => slot.sessions.map((x) => x.id))).toEqual([['a', 'b', 'd'], ['c']]);
    expect(slots[0]?.endsAt).toEqual(at(12));
  });
});
