import type Mail from 'nodemailer/lib/mailer';
import { buildRegistrationIcs, icsFileName } from '@/lib/calendar/ics';
import { formatDate, formatDateTime, formatDayMonthYear, formatTimeRange } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { managePath } from '@/lib/registrations/manage-link';
import { formatTicketCode } from '@/lib/registrations/ticket-code';
import { env } from '@/lib/server/env';
import { ticketQrContent } from '@/lib/tickets/keys';
import { ticketQrPng } from './ticket-qr';
import type { EventMailFacts } from './types';

/** Content id of the inline QR image; the HTML refers to it as "cid:…". */
export const QR_CID = 'ticket-qr@tagungsbuero';

/** "17. Mitteldeutsche … – 2. April 2026": name and date, so every subject tells which event it is about. */
export function eventSubjectLabel(event: EventMailFacts, lang: Locale): string {
  return `${event.title} – ${formatDayMonthYear(event.startsAt, lang)}`;
}

/** The event's date in subjects without weekday ("2. April 2026" / "2 April 2026"). */
export function subjectDate(event: EventMailFacts, lang: Locale): string {
  return formatDayMonthYear(event.startsAt, lang);
}

/** "Donnerstag, 2. April 2026, 9:00–17:00 Uhr"; events spanning several days name both ends. */
export function eventWhen(event: EventMailFacts, lang: Locale): string {
  if (formatDate(event.startsAt, lang) !== formatDate(event.endsAt, lang)) {
    return `${formatDateTime(event.startsAt, lang)} – ${formatDateTime(event.endsAt, lang)}`;
  }
  return `${formatDate(event.startsAt, lang)}, ${formatTimeRange(event.startsAt, event.endsAt, lang)}`;
}

/** Venue name, room and each address line, for a multi-line "where" block. */
export function venueLines(event: EventMailFacts): string[] {
  return [event.venueName, event.venueRoom, ...event.venueAddress.split('\n')]
    .map((line) => line?.trim() ?? '')
    .filter(Boolean);
}

/** The postal address on one line ("Karl-Liebknecht-Straße 132, 04277 Leipzig"). */
export function addressLine(event: EventMailFacts): string {
  return event.venueAddress
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');
}

/** OpenStreetMap search for the venue address: a map link that needs no API key and no tracking. */
export function openStreetMapUrl(event: EventMailFacts): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(event))}`;
}

/** An absolute URL on the app's public base. */
export function appUrl(path: string): string {
  return new URL(path, env.APP_URL).toString();
}

/** Absolute URL of the personal manage page. */
export function manageUrl(manageToken: string): string {
  return appUrl(managePath(manageToken));
}

/** Absolute URL of the public event page. */
export function eventUrl(event: EventMailFacts): string {
  return appUrl(`/events/${encodeURIComponent(event.slug)}`);
}

/** The ticket as a mail shows it; `eventId` null (sample data of the previews) puts the bare code in the QR. */
export interface TicketFacts {
  ticketCode: string;
  eventId: string | null;
}

/** Ticket code in groups of four, plus the inline QR attachment the HTML shows through `cid:`. */
export async function ticketParts({
  ticketCode,
  eventId,
}: TicketFacts): Promise<{ formatted: string; qrSrc: string; url: string; attachment: Mail.Attachment }> {
  return {
    formatted: formatTicketCode(ticketCode),
    url: appUrl(`/tickets/${ticketCode}`),
    qrSrc: `cid:${QR_CID}`,
    // The QR carries the signed ticket (lib/tickets); the text code stays for typing it in by hand.
    attachment: {
      filename: 'ticket.png',
      content: await ticketQrPng(eventId ? ticketQrContent({ ticketCode, eventId }) : ticketCode),
      cid: QR_CID,
      contentType: 'image/png',
      contentDisposition: 'inline',
    },
  };
}

/** The calendar file for one registration; the uid is derived from the registration so re-imports update the entry. */
export function icsAttachment(event: EventMailFacts, registrationId: string, lang: Locale): Mail.Attachment {
  // The manage link stays out of the file: calendar entries get shared, the link must not.
  const ics = buildRegistrationIcs(event, registrationId, getDictionary(lang).mail.calendarNote, lang);
  return {
    filename: icsFileName(event.slug),
    content: ics,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  };
}
