import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { MailTextOverride } from '@/lib/mail-texts/lookup';
import { fillPlaceholders, type PlaceholderValues, parseBody, type Segment } from '@/lib/mail-texts/placeholders';
import type { EventMailFacts, RecipientFacts } from './types';

/** An organizer's wording, ready for a mail: the filled subject and the parsed body, each null for the default. */
export interface CustomText {
  subject: string | null;
  body: Segment[][][] | null;
}

/** What the placeholders stand for in one mail; {link} is the personal manage link, or the event page. */
export function placeholderValues(
  recipient: RecipientFacts,
  event: EventMailFacts,
  lang: Locale,
  link: string,
): PlaceholderValues {
  return {
    firstName: recipient.firstName,
    lastName: recipient.lastName,
    event: event.title,
    date: formatDate(event.startsAt, lang),
    venue: event.venueName,
    link,
  };
}

export function customText(override: MailTextOverride | null | undefined, values: PlaceholderValues): CustomText {
  return {
    subject: override?.subject ? fillPlaceholders(override.subject, values) : null,
    body: override?.body ? parseBody(override.body, values) : null,
  };
}
