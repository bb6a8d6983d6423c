import RegistrationStatus from '@/emails/registration-status';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel, eventUrl, eventWhen, icsAttachment, manageUrl, ticketParts, venueLines } from './shared';
import type { MailTextOverride } from '@/lib/mail-texts/lookup';
import { customText, placeholderValues } from './custom-text';
import type { ComposedMail, EventMailFacts, MailAttendance, RecipientFacts } from './types';

export type RegistrationMailKind = 'confirmation' | 'waitlist' | 'promotion';

export interface RegistrationMailInput {
  kind: RegistrationMailKind;
  recipient: RecipientFacts;
  event: EventMailFacts;
  registrationId: string;
  /** The registration's event, which the QR code's signature names (see ticketParts). */
  eventId: string | null;
  ticketCode: string;
  waitlistPosition: number | null;
  manageToken: string;
  /** The event's wording of this mail in this language (lib/mail-texts); null keeps the default. */
  override?: MailTextOverride | null;
  /** The organizer's message with an approval (lib/registrations/decision-mail.ts). */
  note?: string | null;
  /** Mode, join link and workshops (lib/attendance/mail-facts.ts); absent = on site without workshops. */
  attendance?: MailAttendance | null;
}

/** The mail after registering (confirmed or waitlisted) or after moving up from the waiting list. */
export async function composeRegistrationMail(input: RegistrationMailInput): Promise<ComposedMail> {
  const { kind, recipient, event } = input;
  const lang = recipient.lang;
  const custom = customText(input.override, placeholderValues(recipient, event, lang, manageUrl(input.manageToken)));
  // A waitlisted person has no seat yet, so neither a ticket nor a calendar entry that suggests one; online
  // attendees have no door to show a QR code at, and the venue's calendar entry would send them to the wrong place.
  const online = input.attendance?.mode === 'online';
  const ticket = kind === 'waitlist' || online ? null : await ticketParts(input);
  const { html, text } = await renderMail(
    RegistrationStatus({
      lang,
      kind,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      waitlistPosition: input.waitlistPosition,
      ticket: ticket && { qrSrc: ticket.qrSrc, ticketCodeFormatted: ticket.formatted, ticketUrl: ticket.url },
      manageUrl: manageUrl(input.manageToken),
      eventUrl: eventUrl(event),
      customBody: custom.body,
      note: input.note ?? null,
      attendance: input.attendance ?? null,
    }),
  );
  return {
    subject:
      custom.subject ??
      fill(getDictionary(lang).mail.registration.subject[kind], { event: eventSubjectLabel(event, lang) }),
    html,
    text,
    attachments: ticket ? [ticket.attachment, icsAttachment(event, input.registrationId, lang)] : [],
  };
}
