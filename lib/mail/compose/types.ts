import type Mail from 'nodemailer/lib/mailer';
import type { Locale } from '@/lib/i18n/config';
import type { SalutationPerson } from '@/lib/mail/salutation';

/** A rendered mail without envelope: the outbox adds recipient and sender when it sends. */
export interface ComposedMail {
  subject: string;
  html: string;
  text: string;
  attachments: Mail.Attachment[];
}

/** What a mail needs to know about an event; loaded by the caller, so composing stays pure. */
export interface EventMailFacts {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string /* multi-line */;
  venueRoom: string | null;
  venueDirections: string | null;
}

/** The addressee: language, Anrede, title and name for the salutation (lib/mail/salutation.ts). */
export interface RecipientFacts extends SalutationPerson {
  lang: Locale;
}
