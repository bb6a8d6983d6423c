import { zonedDateTime } from '@/lib/format';
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

/** A sample attendee in the given language. */
export function sampleRecipient(lang: 'de' | 'en' = 'de'): RecipientFacts {
  return lang === 'en'
    ? { lang, firstName: 'Jane', lastName: 'Doe' }
    : { lang, firstName: 'Erika', lastName: 'Mustermann' };
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
