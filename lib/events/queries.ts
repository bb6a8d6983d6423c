import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { englishContentSelect, hostsInOrder, programmeInOrder, registrationStateSelect } from './selects';
import { getRegistrationState } from './registration-state';

/** Published events with their registration state, upcoming first (soonest first), then past (latest first). */
export async function getEventOverviews(now = new Date()) {
  const events = await db.event.findMany({
    where: { published: true },
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      motto: true,
      mottoEn: true,
      venueName: true,
      isExample: true,
      ...registrationStateSelect,
    },
    orderBy: { startsAt: 'asc' },
  });
  const withState = events.map((e) => ({ ...e, registration: getRegistrationState(e, now) }));
  return {
    upcoming: withState.filter((e) => e.endsAt > now),
    past: withState.filter((e) => e.endsAt <= now).reverse(),
  };
}

/** One published event with venue, hosts and programme, or null. */
export async function getEventBySlug(slug: string, now = new Date()) {
  const event = await db.event.findFirst({
    where: { slug, published: true },
    select: {
      id: true,
      slug: true,
      title: true,
      motto: true,
      description: true,
      themes: true,
      venueName: true,
      venueAddress: true,
      venueRoom: true,
      venueDirections: true,
      isExample: true,
      photoNotice: true,
      approvalRequired: true,
      maxGroupSize: true,
      sessionChoice: true,
      ...englishContentSelect,
      ...registrationStateSelect,
      hosts: hostsInOrder,
      sessions: programmeInOrder,
    },
  });
  return event ? { ...event, registration: getRegistrationState(event, now) } : null;
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEventBySlug>>>;

/** Like getEventBySlug, but throws NOT_FOUND. */
export async function getEventBySlugOrThrow(slug: string, now = new Date()): Promise<EventDetail> {
  const event = await getEventBySlug(slug, now);
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}

/** A maps link for the venue address; OpenStreetMap needs no API key and sets no tracking cookies. */
export function directionsUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.replace(/\n/g, ', '))}`;
}

export interface EventRef {
  id: string;
  slug: string;
  published: boolean;
}

/** Id and state of an event by slug, published or not (dashboard, check-in); null when there is none. */
export async function getEventRefBySlug(slug: string): Promise<EventRef | null> {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, published: true } });
}

/** Like getEventRefBySlug, but throws NOT_FOUND. */
export async function getEventRefBySlugOrThrow(slug: string): Promise<EventRef> {
  const event = await getEventRefBySlug(slug);
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}
