import Cancellation from '@/emails/cancellation';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel, eventUrl, eventWhen, venueLines } from './shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from './types';

export interface CancellationMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  cancelledBy: 'attendee' | 'organizer';
}

/** Confirms that a registration was cancelled, by the attendee or by the organizers. */
export async function composeCancellationMail({
  recipient,
  event,
  cancelledBy,
}: CancellationMailInput): Promise<ComposedMail> {
  const lang = recipient.lang;
  const { html, text } = await renderMail(
    Cancellation({
      lang,
      cancelledBy,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      eventUrl: eventUrl(event),
    }),
  );
  return {
    subject: fill(getDictionary(lang).mail.cancellation.subject[cancelledBy], {
      event: eventSubjectLabel(event, lang),
    }),
    html,
    text,
    attachments: [],
  };
}
