import { zonedDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { EventMailFacts, RecipientFacts } from './compose/types';

// Facts of the seeded example event (prisma/seed.ts), on a fixed date so previews and tests stay stable.
/** The example event as mails see it. */
export const sampleEvent: EventMailFacts = {
  slug: 'beispielveranstaltung-digitalisierungskonferenz',
  title: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  startsAt: zonedDateTime(2026, 4, 2, 9, 0),
  endsAt: zonedDateTime(2026, 4, 2, 17, 0),
  venueName: 'HTWK Leipzig',
  venueAddress: 'Karl-Liebknecht-Straße 132\n04277 Leipzig',
  venueRoom: 'Geutebrück-Bau',
  venueDirections:
    'Die HTWK Leipzig erreichen Sie mit der Straßenbahn (Haltestelle Karl-Liebknecht-/Kurt-Eisner-Straße).',
};

// The usual placeholder names of each language, so a preview reads like a real mail in that language.
const SAMPLE_NAMES: Record<Locale, { salutation: string; firstName: string; lastName: string }> = {
  de: { salutation: 'Frau', firstName: 'Erika', lastName: 'Mustermann' },
  en: { salutation: 'Frau', firstName: 'Jane', lastName: 'Doe' },
};

/** A sample attendee in the given language. */
export function sampleRecipient(lang: Locale = 'de'): RecipientFacts {
  return { lang, ...SAMPLE_NAMES[lang] };
}

/**
 * Registration identifiers in the shapes the app generates (cuid-like id, 32 hex ticket code, 43-char token). No
 * event, so the sample ticket's QR holds the bare code instead of a signed ticket.
 */
export const sampleRegistration = {
  registrationId: 'cmexample0000registration01',
  eventId: null,
  ticketCode: '0123456789ABCDEF0123456789ABCDEF',
  manageToken: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
};
