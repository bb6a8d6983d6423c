import { formatDateTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type ContingentFacts, heldSeats } from '@/lib/registrations/contingent';

export interface ContingentSummary {
  /** One sentence: held / taken by invitees / released at (and when it releases itself). */
  line: string;
  /** Seats still held, which "Kontingent jetzt freigeben" would release. */
  held: number;
}

/** Whether the hold has gone to the public pool: by hand, or because its release time has passed. */
export function contingentReleased(
  event: Pick<ContingentFacts, 'reservedReleaseAt' | 'reservedReleasedAt'>,
  now: Date = new Date(),
): boolean {
  return event.reservedReleasedAt !== null || (event.reservedReleaseAt !== null && event.reservedReleaseAt <= now);
}

/** The contingent's state as the settings page and the attendee list state it. */
export function contingentSummary(
  event: ContingentFacts,
  t: Dictionary['approval']['settings'],
  locale: Locale,
  now: Date = new Date(),
): ContingentSummary {
  const held = heldSeats(event, now);
  const taken = event.reservedTaken;
  const releasedAt =
    event.reservedReleasedAt ??
    (event.reservedReleaseAt && event.reservedReleaseAt <= now ? event.reservedReleaseAt : null);
  if (event.reservedSeats > 0 && releasedAt)
    return { held, line: fill(t.statusReleased, { date: formatDateTime(releasedAt, locale), taken }) };
  if (event.reservedSeats === 0) return { held, line: t.statusNone };
  const line = fill(t.statusHeld, { held, seats: event.reservedSeats, taken });
  const scheduled = event.reservedReleaseAt
    ? ` ${fill(t.statusScheduled, { date: formatDateTime(event.reservedReleaseAt, locale) })}`
    : '';
  return { held, line: `${line}${scheduled}` };
}
