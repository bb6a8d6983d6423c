import Substitution from '@/emails/substitution';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { eventSubjectLabel, eventUrl, eventWhen, venueLines } from '@/lib/mail/compose/shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from '@/lib/mail/compose/types';
import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { db } from '@/lib/server/db';
import { mailEventFor, mailEventSelect, mailLocale } from './mail-facts';

export interface SubstitutionMailInput {
  recipient: RecipientFacts;
  event: EventMailFacts;
  substitute: { title: string | null; firstName: string; lastName: string };
  by: 'attendee' | 'organizer';
}

/** "Dr. Max Schmidt": the substitute as the text names them. */
export function substituteName(p: SubstitutionMailInput['substitute']): string {
  return [p.title, p.firstName, p.lastName]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
}

/** The mail to the former holder of a place: handed over to whom, and their ticket is void. */
export async function composeSubstitutionMail(input: SubstitutionMailInput): Promise<ComposedMail> {
  const { recipient, event } = input;
  const lang = recipient.lang;
  const { html, text } = await renderMail(
    Substitution({
      lang,
      by: input.by,
      greeting: salutationLine(lang, recipient),
      substituteName: substituteName(input.substitute),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      eventUrl: eventUrl(event),
    }),
  );
  const subject = fill(getDictionary(lang).substitution.mail.subject, { event: eventSubjectLabel(event, lang) });
  return { subject, html, text, attachments: [] };
}

const person = { salutation: true, title: true, firstName: true, lastName: true } as const;

/** Outbox row → mail: registrationId is the handed-over (cancelled) registration, variant who arranged it. */
export async function composeSubstitutionMailRow(row: OutboxRow): Promise<OutboxComposition> {
  if (!row.registrationId) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  const r = await db.registration.findUnique({
    where: { id: row.registrationId },
    select: {
      ...person,
      email: true,
      locale: true,
      anonymizedAt: true,
      substitute: { select: person },
      event: { select: mailEventSelect },
    },
  });
  if (!r || r.anonymizedAt || !r.email) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  if (!r.substitute) return { skip: 'Keine Vertretung zu dieser Anmeldung.' };
  const lang = mailLocale(r.locale);
  const event = mailEventFor(r.event, lang);
  const mail = await composeSubstitutionMail({
    recipient: { lang, salutation: r.salutation, title: r.title, firstName: r.firstName, lastName: r.lastName },
    event,
    substitute: r.substitute,
    by: row.variant === 'organizer' ? 'organizer' : 'attendee',
  });
  return { mail, to: r.email, toName: `${r.firstName} ${r.lastName}` };
}
