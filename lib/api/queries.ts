import 'server-only';
import { getRegistrationState } from '@/lib/events/registration-state';
import { registrationStateSelect } from '@/lib/events/selects';
import { db } from '@/lib/server/db';

/** All published events with venue and registration state, by start date; for the public API list. */
export async function getPublishedEventSummaries(now = new Date()) {
  // Public on purpose: only published events and public fields are selected.
  const events = await db.event.findMany({
    where: { published: true },
    select: { slug: true, title: true, titleEn: true, venueName: true, venueAddress: true, ...registrationStateSelect },
    orderBy: { startsAt: 'asc' },
  });
  return events.map((e) => ({ ...e, registration: getRegistrationState(e, now) }));
}

/** The id of a published event, or null: enough for routes that only need to know the event exists. */
export function getPublishedEventRef(slug: string) {
  return db.event.findFirst({ where: { slug, published: true }, select: { id: true } });
}
