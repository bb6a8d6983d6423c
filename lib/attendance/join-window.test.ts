import { describe, expect, it } from 'vitest';
import { isSpeculativeRequest, type JoinFacts, joinVerdict } from './join-window';

const startsAt = new Date('2027-03-12T09:00:00Z');
const endsAt = new Date('2027-03-12T17:00:00Z');
const facts = (over: Partial<JoinFacts> = {}, event: Partial<JoinFacts['event']> = {}): JoinFacts => ({
  status: 'confirmed',
  mode: 'online',
  anonymizedAt: null,
  ...over,
  event: { startsAt, endsAt, streamReleaseMinutes: 30, hasStream: true, ...event },
});
const at = (iso: string) => new Date(iso);

describe('join link verdict', () => {
  it('is gone for on-site, cancelled, rejected and anonymised registrations', () => {
    for (const f of [
      facts({ mode: 'onsite' }),
      facts({ status: 'cancelled' }),
      facts({ status: 'rejected' }),
      facts({ anonymizedAt: startsAt }),
    ])
      expect(joinVerdict(f, at('2027-03-12T10:00:00Z')).kind).toBe('gone');
  });

  it('has no place yet while waitlisted or pending', () => {
    expect(joinVerdict(facts({ status: 'waitlisted' }), at('2027-03-12T10:00:00Z')).kind).toBe('noPlace');
    expect(joinVerdict(facts({ status: 'pending' }), at('2027-03-12T10:00:00Z')).kind).toBe('noPlace');
  });

  it('opens at the release time and closes two hours after the end', () => {
    expect(joinVerdict(facts(), at('2027-03-12T08:29:59Z'))).toEqual({
      kind: 'early',
      releaseAt: at('2027-03-12T08:30:00Z'),
    });
    expect(joinVerdict(facts(), at('2027-03-12T08:30:00Z')).kind).toBe('open');
    expect(joinVerdict(facts(), at('2027-03-12T18:59:59Z')).kind).toBe('open');
    expect(joinVerdict(facts(), at('2027-03-12T19:00:00Z')).kind).toBe('over');
  });

  it('says the link follows when there is no stream URL yet', () => {
    expect(joinVerdict(facts({}, { hasStream: false }), at('2027-03-12T10:00:00Z')).kind).toBe('noStream');
  });

  it('treats HEAD and prefetches as speculative, a plain GET as an open', () => {
    expect(isSpeculativeRequest(new Request('http://x/join/a'))).toBe(false);
    expect(isSpeculativeRequest(new Request('http://x/join/a', { method: 'HEAD' }))).toBe(true);
    expect(isSpeculativeRequest(new Request('http://x/join/a', { headers: { 'Sec-Purpose': 'prefetch' } }))).toBe(true);
    expect(isSpeculativeRequest(new Request('http://x/join/a', { headers: { 'Next-Router-Prefetch': '1' } }))).toBe(
      true,
    );
  });
});
