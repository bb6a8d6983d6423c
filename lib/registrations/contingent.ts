// CONTRACT STUB (#16, owner: core helper). Signatures are fixed; the body is the core helper's.
import { AppError } from '@/lib/errors';

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
  _eventId: string,
  _actor: string,
  _now: Date = new Date(),
): Promise<{ released: number; promoted: number }> {
  throw new AppError('INTERNAL_ERROR', 'malformedRequest');
}
