import NewsletterConfirmation from '@/emails/newsletter-confirmation';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel } from './shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from './types';

export interface NewsletterConfirmationMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  /** Absolute URL of the page that confirms with a button (never on GET). */
  confirmUrl: string;
}

/** The newsletter double opt-in mail for someone who ticked the box when registering. */
export async function composeNewsletterConfirmationMail({
  recipient,
  event,
  confirmUrl,
}: NewsletterConfirmationMailInput): Promise<ComposedMail> {
  const lang = recipient.lang;
  const { html, text } = await renderMail(
    NewsletterConfirmation({
      lang,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      confirmUrl,
    }),
  );
  const subject = fill(getDictionary(lang).mail.newsletter.subject, { event: eventSubjectLabel(event, lang) });
  return { subject, html, text, attachments: [] };
}
