import Cancellation from '@/emails/cancellation';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { eventSubjectLabel, eventUrl, eventWhen, venueLines } from './shared';
import type { MailTextOverride } from '@/lib/mail-texts/lookup';
import { customText, placeholderValues } from './custom-text';
import type { ComposedMail, EventMailFacts, RecipientFacts } from './types';

/** What became of the place, recorded on the outbox row when the cancellation was queued. */
export const CANCELLATION_VARIANTS = ['seat_passed_on', 'seat_freed', 'waitlist_left', 'review_withdrawn'] as const;
export type CancellationVariant = (typeof CANCELLATION_VARIANTS)[number];

export function asCancellationVariant(value: string | null | undefined): CancellationVariant {
  // Rows queued before the variant existed promise nothing: the seat is simply free again.
  return (CANCELLATION_VARIANTS as readonly string[]).includes(value ?? '')
    ? (value as CancellationVariant)
    : 'seat_freed';
}

export interface CancellationMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  cancelledBy: 'attendee' | 'organizer';
  variant: CancellationVariant;
  /** The event's wording of this mail in this language (lib/mail-texts); null keeps the default. */
  override?: MailTextOverride | null;
}

type Outcome = keyof ReturnType<typeof getDictionary>['mail']['cancellation']['outcome'];

/** The sentence on the place: a waitlisted person had no ticket, and the waiting list is promised only when used. */
export function cancellationOutcome(cancelledBy: 'attendee' | 'organizer', variant: CancellationVariant): Outcome {
  if (variant === 'review_withdrawn') return cancelledBy === 'organizer' ? 'organizerReview' : 'reviewWithdrawn';
  if (cancelledBy === 'organizer') return variant === 'waitlist_left' ? 'organizerWaitlist' : 'organizerSeat';
  if (variant === 'waitlist_left') return 'waitlistLeft';
  return variant === 'seat_passed_on' ? 'seatPassedOn' : 'seatFreed';
}

/** Confirms that a registration was cancelled, by the attendee or by the organizers. */
export async function composeCancellationMail({
  recipient,
  event,
  cancelledBy,
  variant,
  override,
}: CancellationMailInput): Promise<ComposedMail> {
  const lang = recipient.lang;
  // A cancelled registration's manage link leads nowhere, so {link} is the event page here.
  const custom = customText(override, placeholderValues(recipient, event, lang, eventUrl(event)));
  const { html, text } = await renderMail(
    Cancellation({
      lang,
      cancelledBy,
      outcome: getDictionary(lang).mail.cancellation.outcome[cancellationOutcome(cancelledBy, variant)],
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      eventUrl: eventUrl(event),
      customBody: custom.body,
    }),
  );
  return {
    subject:
      custom.subject ??
      fill(getDictionary(lang).mail.cancellation.subject[cancelledBy], {
        event: eventSubjectLabel(event, lang),
      }),
    html,
    text,
    attachments: [],
  };
}
