import BookingUpdate from '@/emails/booking-update';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel, eventUrl, eventWhen, manageUrl, type TicketFacts, ticketParts, venueLines } from './shared';
import type { ComposedMail, EventMailFacts, MailAttendance, RecipientFacts } from './types';

export interface BookingMailInput {
  kind: 'session_promotion' | 'booking_changed';
  recipient: RecipientFacts;
  event: EventMailFacts;
  attendance: MailAttendance;
  /** The workshop a session_promotion is about. */
  session: { title: string; when: string; room: string | null } | null;
  manageToken: string;
  /** A confirmed on-site registration's ticket (booking_changed); null leaves it out. */
  ticket: TicketFacts | null;
}

/** The mail after moving up on a workshop's waiting list, or after the workshops or the mode changed. */
export async function composeBookingMail(input: BookingMailInput): Promise<ComposedMail> {
  const { recipient, event } = input;
  const lang = recipient.lang;
  const ticket = input.ticket && input.attendance.mode === 'onsite' ? await ticketParts(input.ticket) : null;
  const { html, text } = await renderMail(
    BookingUpdate({
      lang,
      kind: input.kind,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      session: input.session,
      attendance: input.attendance,
      ticket: ticket && { qrSrc: ticket.qrSrc, ticketCodeFormatted: ticket.formatted, ticketUrl: ticket.url },
      manageUrl: manageUrl(input.manageToken),
      eventUrl: eventUrl(event),
    }),
  );
  const t = getDictionary(lang).sessions.mail;
  const subject =
    input.kind === 'session_promotion'
      ? fill(t.promotion.subject, { session: input.session?.title ?? '', event: eventSubjectLabel(event, lang) })
      : fill(t.changed.subject, { event: eventSubjectLabel(event, lang) });
  return { subject, html, text, attachments: ticket ? [ticket.attachment] : [] };
}
