// When a personal join link may lead to the stream: pure, so the route, the pages and the tests share one rule.

/** After the event's end the link keeps working this long (overruns, late-comers to the last talk). */
export const JOIN_GRACE_AFTER_END_MS = 2 * 60 * 60 * 1000;

export interface JoinFacts {
  status: 'confirmed' | 'waitlisted' | 'pending' | 'cancelled' | 'rejected';
  mode: 'onsite' | 'online';
  anonymizedAt: Date | null;
  event: { startsAt: Date; endsAt: Date; streamReleaseMinutes: number; hasStream: boolean };
}

export type JoinVerdict =
  /** 404: no such link, or it no longer belongs to an online attendee. */
  | { kind: 'gone' }
  /** Waiting list or awaiting approval: no place yet. */
  | { kind: 'noPlace' }
  | { kind: 'early'; releaseAt: Date }
  | { kind: 'noStream' }
  | { kind: 'open' }
  | { kind: 'over' };

/** The release time of the stream link: `streamReleaseMinutes` before the start. */
export function releaseTime(event: { startsAt: Date; streamReleaseMinutes: number }): Date {
  return new Date(event.startsAt.getTime() - event.streamReleaseMinutes * 60_000);
}

/** What the join link answers for this registration at `now`. */
export function joinVerdict(facts: JoinFacts, now: Date): JoinVerdict {
  if (facts.anonymizedAt || facts.mode !== 'online') return { kind: 'gone' };
  if (facts.status === 'cancelled' || facts.status === 'rejected') return { kind: 'gone' };
  if (facts.status !== 'confirmed') return { kind: 'noPlace' };
  const { event } = facts;
  if (now.getTime() >= event.endsAt.getTime() + JOIN_GRACE_AFTER_END_MS) return { kind: 'over' };
  const releaseAt = releaseTime(event);
  if (now < releaseAt) return { kind: 'early', releaseAt };
  return event.hasStream ? { kind: 'open' } : { kind: 'noStream' };
}

/**
 * Whether a request is a browser's or a link checker's speculative fetch rather than a person opening the link:
 * only real opens count as attendance evidence.
 */
export function isSpeculativeRequest(request: Request): boolean {
  if (request.method !== 'GET') return true;
  const h = request.headers;
  const purpose = `${h.get('sec-purpose') ?? ''} ${h.get('purpose') ?? ''} ${h.get('x-purpose') ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('preview') || h.get('next-router-prefetch') !== null;
}
