// Time rules of bookable sessions, shared by the form (browser) and the registration core (server): no server
// imports here.

export interface TimedSession {
  id: string;
  startsAt: Date;
  /** Bookable sessions always have an end (the programme editor requires it); null counts as a point in time. */
  endsAt: Date | null;
}

function end(session: TimedSession): number {
  return (session.endsAt ?? session.startsAt).getTime();
}

/** Two sessions overlap when one starts before the other ends; back to back (10:00–11:00, 11:00–12:00) is fine. */
export function sessionsOverlap(a: TimedSession, b: TimedSession): boolean {
  if (a.startsAt.getTime() === b.startsAt.getTime()) return true;
  return a.startsAt.getTime() < end(b) && b.startsAt.getTime() < end(a);
}

/** The first pair of chosen sessions that overlap, or null. */
export function findOverlap<T extends TimedSession>(sessions: readonly T[]): [T, T] | null {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as T;
      const b = sorted[j] as T;
      if (b.startsAt.getTime() >= end(a) && b.startsAt.getTime() !== a.startsAt.getTime()) break;
      if (sessionsOverlap(a, b)) return [a, b];
    }
  }
  return null;
}

export interface TimeSlot<T extends TimedSession> {
  /** Stable key of the slot: the start as ISO time. */
  key: string;
  startsAt: Date;
  endsAt: Date | null;
  sessions: T[];
}

/**
 * Bookable sessions grouped into time slots: sessions that overlap one another (directly or through a chain) share
 * a slot, so a slot is a choice of at most one. Slots and sessions are in time order.
 */
export function groupIntoSlots<T extends TimedSession>(sessions: readonly T[]): TimeSlot<T>[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const slots: TimeSlot<T>[] = [];
  for (const session of sorted) {
    const last = slots.at(-1);
    if (last?.sessions.some((other) => sessionsOverlap(other, session))) {
      last.sessions.push(session);
      if (end(session) > (last.endsAt ?? last.startsAt).getTime()) last.endsAt = session.endsAt;
    } else {
      slots.push({
        key: session.startsAt.toISOString(),
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        sessions: [session],
      });
    }
  }
  return slots;
}
