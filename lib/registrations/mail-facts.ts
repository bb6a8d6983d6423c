import { pickText } from '@/lib/events/localize';
import type { Locale } from '@/lib/i18n/config';
import type { EventMailFacts } from '@/lib/mail/compose/types';

/** The columns of an event a core mail needs (lib/registrations/decision-mail.ts, group-mail.ts). */
export const mailEventSelect = {
  slug: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  venueRoom: true,
  venueDirections: true,
  venueDirectionsEn: true,
} as const;

type LoadedEvent = EventMailFacts & { titleEn: string | null; venueDirectionsEn: string | null };

/** The event's facts in the reader's language: English where the organizer gave it, German otherwise. */
export function mailEventFor(event: LoadedEvent, lang: Locale): EventMailFacts {
  const { titleEn, venueDirectionsEn, ...facts } = event;
  return {
    ...facts,
    title: pickText(facts.title, titleEn, lang),
    venueDirections: pickText(facts.venueDirections, venueDirectionsEn, lang),
  };
}

export const mailLocale = (locale: string): Locale => (locale === 'en' ? 'en' : 'de');
