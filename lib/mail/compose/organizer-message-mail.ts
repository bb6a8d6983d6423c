import OrganizerMessage from '@/emails/organizer-message';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { appUrl, eventWhen, manageUrl, subjectDate } from './shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from './types';

export interface OrganizerMessageMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  subject: string;
  body: string;
  manageToken: string;
  /** The body starts with the organizer's own salutation, so no automatic line goes in front of it. */
  ownSalutation?: boolean;
}

/** An organizer's free-text message to one attendee; the body is plain text and never interpreted as HTML. */
export async function composeOrganizerMessageMail(input: OrganizerMessageMailInput): Promise<ComposedMail> {
  const { recipient, event } = input;
  const lang = recipient.lang;
  const url = manageUrl(input.manageToken);
  const greeting = input.ownSalutation ? null : salutationLine(lang, recipient);
  const { html } = await renderMail(
    OrganizerMessage({
      lang,
      greeting,
      eventTitle: event.title,
      when: eventWhen(event, lang),
      subject: input.subject,
      body: input.body,
      manageUrl: url,
    }),
  );
  // The text part is written by hand: an HTML-to-text round trip would rewrap lines and decorate links,
  // and the organizer's words must arrive exactly as typed.
  const t = getDictionary(lang).mail;
  const legal = `${t.legal.imprint}: ${appUrl('/impressum')}\n${t.legal.privacy}: ${appUrl('/datenschutz')}`;
  const footer = `${fill(t.organizerMessage.textFooter, { event: event.title, url })}\n${legal}`;
  const text = `${greeting ? `${greeting}\n\n` : ''}${input.body}\n\n-- \n${footer}\n`;
  return { subject: `${input.subject} – ${event.title}, ${subjectDate(event, lang)}`, html, text, attachments: [] };
}
