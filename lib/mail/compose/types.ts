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

/** How the recipient attends, as a mail shows it (lib/attendance/mail-facts.ts loads it at send time). */
export interface MailAttendance {
  mode: 'onsite' | 'online';
  /** Online with a confirmed place: the personal join link and when it opens (formatted). Never the stream URL. */
  join: { url: string; releaseAt: string } | null;
  /** On site: the booked workshops and those on whose waiting list the person stands. */
  sessions: MailSession[];
}

export interface MailSession {
  title: string;
  /** "10:00–12:00 Uhr". */
  when: string;
  room: string | null;
  waitlisted: boolean;
}
