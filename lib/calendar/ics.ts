import { createEvent } from 'ics';
import { localizedTitle } from '@/lib/events/localize';
import type { Locale } from '@/lib/i18n/config';
import { env } from '@/lib/server/env';

export interface CalendarEventInput {
  /** Stable per registration, so re-importing the file updates the entry instead of duplicating it. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  /** Multi-line postal address as stored on the event. */
  venueAddress: string;
  venueRoom?: string | null;
  /** Public URL of the event page. */
  url: string;
  /** Extra lines for the description, e.g. a hint where the ticket is. */
  note?: string;
}

/** Builds an RFC 5545 calendar file (UTC times, CRLF line endings) for one event registration. */
export function buildEventIcs(input: CalendarEventInput): string {
  const location = [input.venueName, input.venueRoom, ...input.venueAddress.split('\n')]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
  const description = [input.note, input.url].filter(Boolean).join('\n\n');
  const { error, value } = createEvent({
    uid: input.uid,
    productId: 'tagungsbuero/ics',
    title: input.title,
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location,
    description,
    url: input.url,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('Calendar file could not be built.');
  // RFC 5545 requires CRLF everywhere; normalise in case the library ever emits a bare LF.
  return value.replace(/\r?\n/g, '\r\n');
}

/** A safe attachment file name for an event title ("16-mitteldeutsche-….ics"). */
export function icsFileName(slug: string): string {
  return `${slug.replace(/[^a-z0-9-]/gi, '-').slice(0, 80) || 'termin'}.ics`;
}

interface RegistrationCalendarEvent {
  slug: string;
  title: string;
  titleEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  venueRoom: string | null;
}

/**
 * The calendar file of one registration, identical wherever it is offered (mail attachment, manage page),
 * so importing it twice updates the entry. The uid is the registration id, never the manage token:
 * calendar files get shared and synced.
 */
export function buildRegistrationIcs(
  event: RegistrationCalendarEvent,
  registrationId: string,
  note?: string,
  locale: Locale = 'de',
): string {
  return buildEventIcs({
    uid: `${registrationId}@${new URL(env.APP_URL).hostname}`,
    title: localizedTitle(event, locale),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    venueRoom: event.venueRoom,
    url: new URL(`/events/${event.slug}`, env.APP_URL).toString(),
    note,
  });
}
