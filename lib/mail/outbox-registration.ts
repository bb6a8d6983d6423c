import { pickText } from '@/lib/events/localize';
import type { Locale } from '@/lib/i18n/config';
import type { EventMailFacts, RecipientFacts } from '@/lib/mail/compose/types';
import { db } from '@/lib/server/db';

// What the generic outbox composer (outbox-compose.ts) reads of a registration and its event at send time.

export const eventSelect = {
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  venueRoom: true,
  venueDirections: true,
  titleEn: true,
  venueDirectionsEn: true,
} as const;

type LoadedEvent = EventMailFacts & { titleEn: string | null; venueDirectionsEn: string | null };

/** The event's facts in the recipient's language: English where the organizer gave it, German otherwise. */
export function eventFor(event: LoadedEvent, lang: Locale): EventMailFacts {
  const { titleEn, venueDirectionsEn, ...facts } = event;
  return {
    ...facts,
    title: pickText(facts.title, titleEn, lang),
    venueDirections: pickText(facts.venueDirections, venueDirectionsEn, lang),
  };
}

const registrationSelect = {
  id: true,
  eventId: true,
  status: true,
  createdAt: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  email: true,
  locale: true,
  ticketCode: true,
  manageToken: true,
  cancelledBy: true,
  newsletterToken: true,
  newsletterConfirmedAt: true,
  decisionNote: true,
  event: { select: eventSelect },
} as const;

export type LoadedRegistration = NonNullable<Awaited<ReturnType<typeof loadRegistration>>>;

export function loadRegistration(id: string) {
  return db.registration.findUnique({ where: { id }, select: registrationSelect });
}

export function recipientOf(r: LoadedRegistration): RecipientFacts {
  const lang: Locale = r.locale === 'en' ? 'en' : 'de';
  return { lang, salutation: r.salutation, title: r.title, firstName: r.firstName, lastName: r.lastName };
}
