import Reminder from '@/emails/reminder';
import { formatDate } from '@/lib/format';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel, eventUrl, eventWhen, manageUrl, openStreetMapUrl, ticketParts, venueLines } from './shared';
import type { MailTextOverride } from '@/lib/mail-texts/lookup';
import { customText, placeholderValues } from './custom-text';
import type { ComposedMail, EventMailFacts, MailAttendance, RecipientFacts } from './types';

export interface ReminderMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  registrationId: string;
  /** The registration's event, which the QR code's signature names (see ticketParts). */
  eventId: string | null;
  ticketCode: string;
  manageToken: string;
  /** The event's wording of this mail in this language (lib/mail-texts); null keeps the default. */
  override?: MailTextOverride | null;
  /** Mode, join link and workshops (lib/attendance/mail-facts.ts); absent = on site without workshops. */
  attendance?: MailAttendance | null;
}

/** The reminder before the event: when and where, directions with a map link, the ticket and the way to cancel. */
export async function composeReminderMail(input: ReminderMailInput): Promise<ComposedMail> {
  const { recipient, event } = input;
  const lang = recipient.lang;
  const custom = customText(input.override, placeholderValues(recipient, event, lang, manageUrl(input.manageToken)));
  // Online attendees get the join link instead of a ticket for a door they never pass.
  const online = input.attendance?.mode === 'online';
  const ticket = await ticketParts(input);
  const { html, text } = await renderMail(
    Reminder({
      lang,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      day: formatDate(event.startsAt, lang),
      when: eventWhen(event, lang),
      venue: venueLines(event),
      directions: event.venueDirections?.trim() || null,
      mapUrl: openStreetMapUrl(event),
      qrSrc: ticket.qrSrc,
      ticketCodeFormatted: ticket.formatted,
      ticketUrl: ticket.url,
      manageUrl: manageUrl(input.manageToken),
      eventUrl: eventUrl(event),
      customBody: custom.body,
      attendance: input.attendance ?? null,
    }),
  );
  const subject =
    custom.subject ?? fill(getDictionary(lang).mail.reminder.subject, { event: eventSubjectLabel(event, lang) });
  return { subject, html, text, attachments: online ? [] : [ticket.attachment] };
}
