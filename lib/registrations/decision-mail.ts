import RegistrationPending from '@/emails/registration-pending';
import RegistrationRejected from '@/emails/registration-rejected';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { eventSubjectLabel, eventUrl, eventWhen, manageUrl, venueLines } from '@/lib/mail/compose/shared';
import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { db } from '@/lib/server/db';
import { mailEventFor, mailEventSelect, mailLocale } from './mail-facts';

/**
 * The organizer's note for a confirmation or waiting-list mail: only the mail queued with the decision
 * (variant "decision") carries it, not a later "send again" of the same kind.
 */
export function decisionNoteOf(row: Pick<OutboxRow, 'variant'>, registration: { decisionNote?: string | null }) {
  return row.variant === 'decision' ? (registration.decisionNote ?? null) : null;
}

/** "pending" (received, being reviewed) and "rejection" (not confirmed, with the organizer's note). */
export async function composeDecisionMailRow(row: OutboxRow): Promise<OutboxComposition> {
  if (!row.registrationId) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  const r = await db.registration.findUnique({
    where: { id: row.registrationId },
    select: {
      status: true,
      salutation: true,
      title: true,
      firstName: true,
      lastName: true,
      email: true,
      locale: true,
      manageToken: true,
      decisionNote: true,
      event: { select: mailEventSelect },
    },
  });
  if (!r) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  const expected = row.kind === 'pending' ? 'pending' : 'rejected';
  // Decided meanwhile (pending) or undone (rejection): the mail would tell something no longer true.
  if (r.status !== expected) return { skip: `Die Anmeldung ist inzwischen ${r.status}.` };
  const lang = mailLocale(r.locale);
  const event = mailEventFor(r.event, lang);
  const t = getDictionary(lang).registrationMails;
  const common = { lang, greeting: salutationLine(lang, r), eventTitle: event.title, eventUrl: eventUrl(event) };
  const to = { to: r.email, toName: `${r.firstName} ${r.lastName}` };
  const subjectValues = { event: eventSubjectLabel(event, lang) };
  if (row.kind === 'pending') {
    const { html, text } = await renderMail(
      RegistrationPending({
        ...common,
        when: eventWhen(event, lang),
        venue: venueLines(event),
        manageUrl: manageUrl(r.manageToken),
      }),
    );
    return { ...to, mail: { subject: fill(t.pending.subject, subjectValues), html, text, attachments: [] } };
  }
  const { html, text } = await renderMail(
    RegistrationRejected({
      ...common,
      reason: row.variant === 'full' ? 'full' : 'decision',
      note: r.decisionNote,
    }),
  );
  return { ...to, mail: { subject: fill(t.rejection.subject, subjectValues), html, text, attachments: [] } };
}
