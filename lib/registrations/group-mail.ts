import GroupSummary from '@/emails/group-summary';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { eventSubjectLabel, eventUrl, eventWhen, venueLines } from '@/lib/mail/compose/shared';
import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { db } from '@/lib/server/db';
import { mailEventFor, mailEventSelect, mailLocale } from './mail-facts';

/**
 * The submitter's one summary of a group registration: every member and where each stands when the mail goes out
 * (a member who cancelled meanwhile shows as cancelled). Anonymised members are left out.
 */
export async function composeGroupSummaryMailRow(row: OutboxRow): Promise<OutboxComposition> {
  if (!row.groupId) return { skip: 'Die Gruppe existiert nicht mehr.' };
  const group = await db.registrationGroup.findUnique({
    where: { id: row.groupId },
    select: {
      submitterSalutation: true,
      submitterTitle: true,
      submitterFirstName: true,
      submitterLastName: true,
      submitterEmail: true,
      locale: true,
      event: { select: mailEventSelect },
      registrations: {
        where: { anonymizedAt: null },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { firstName: true, lastName: true, email: true, status: true },
      },
    },
  });
  if (!group) return { skip: 'Die Gruppe existiert nicht mehr.' };
  if (group.registrations.length === 0) return { skip: 'Die Gruppe hat keine Mitglieder mehr.' };
  const lang = mailLocale(group.locale);
  const event = mailEventFor(group.event, lang);
  const statuses = group.registrations.map((m) => m.status);
  const outcome = statuses.includes('confirmed')
    ? 'confirmed'
    : statuses.includes('pending')
      ? 'pending'
      : 'waitlisted';
  const { html, text } = await renderMail(
    GroupSummary({
      lang,
      greeting: salutationLine(lang, {
        salutation: group.submitterSalutation,
        title: group.submitterTitle,
        firstName: group.submitterFirstName,
        lastName: group.submitterLastName,
      }),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      outcome,
      members: group.registrations.map((m) => ({
        name: `${m.firstName} ${m.lastName}`,
        email: m.email,
        status: m.status,
      })),
      eventUrl: eventUrl(event),
    }),
  );
  const subject = fill(getDictionary(lang).registrationMails.groupSummary.subject, {
    event: eventSubjectLabel(event, lang),
  });
  return {
    to: group.submitterEmail,
    toName: `${group.submitterFirstName} ${group.submitterLastName}`,
    mail: { subject, html, text, attachments: [] },
  };
}
