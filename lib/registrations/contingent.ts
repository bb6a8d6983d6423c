export interface ContingentFacts {
  capacity: number | null;
  confirmedCount: number;
  reservedSeats: number;
  reservedTaken: number;
  reservedReleaseAt: Date | null;
  reservedReleasedAt: Date | null;
}

/**
 * Seats still held for invitees at `now`: the unused part of the contingent until it is released (by hand, or
 * once reservedReleaseAt has passed, whether or not the release job has run yet). The public pool is
 * capacity − confirmedCount − this.
 */
export function heldSeats(event: ContingentFacts, now: Date = new Date()): number {
  if (event.reservedReleasedAt) return 0;
  if (event.reservedReleaseAt && event.reservedReleaseAt <= now) return 0;
  return Math.max(0, event.reservedSeats - event.reservedTaken);
}

/**
 * Releases the event's contingent to the public pool now (by hand; the scheduled release is the job
 * "contingent-release"). Waitlisted people move up into the freed seats in the same transaction, and the event
 * page is revalidated. Idempotent: a second call releases nothing.
 */
export async function releaseContingent(
  eventId: string,
  actor: string,
  now: Date = new Date(),
): Promise<{ released: number; promoted: number }> {
  // Loaded on use: this module's arithmetic is shared with the public registration state, the release is server work.
  const { releaseContingentNow } = await import('./contingent-release');
  const { released, promoted, slug } = await releaseContingentNow(eventId, actor, now);
  if (slug) {
    const { revalidateEventPage } = await import('@/lib/events/revalidate');
    try {
      revalidateEventPage(slug);
    } catch {
      // Outside a request (a script, a test) there is no cache to drop; the page follows its revalidation time.
    }
  }
  return { released, promoted };
}
