import EventInvitation from '@/emails/event-invitation';
import { fill } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { customText, placeholderValues } from '@/lib/mail/compose/custom-text';
import { appUrl, eventSubjectLabel, eventUrl, eventWhen, venueLines } from '@/lib/mail/compose/shared';
import type { ComposedMail, EventMailFacts, RecipientFacts } from '@/lib/mail/compose/types';
import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';
import { renderMail } from '@/lib/mail/render';
import { salutationLine } from '@/lib/mail/salutation';
import { getMailText, type MailTextOverride } from '@/lib/mail-texts/lookup';
import { mailEventFor, mailEventSelect, mailLocale } from '@/lib/registrations/mail-facts';
import { db } from '@/lib/server/db';

export interface InvitationMailInput {
  kind: 'invitation' | 'reminder';
  recipient: RecipientFacts;
  event: EventMailFacts;
  token: string;
  /** The event's wording of this mail in this language (lib/mail-texts); null keeps the default. */
  override?: MailTextOverride | null;
}

export const invitationPath = (token: string) => `/invitations/${token}`;

/** The invitation (or its reminder) to one invitee, in their language, with their personal link. */
export async function composeInvitationMail(input: InvitationMailInput): Promise<ComposedMail> {
  const { recipient, event, kind } = input;
  const lang = recipient.lang;
  const link = appUrl(invitationPath(input.token));
  const custom = customText(input.override, placeholderValues(recipient, event, lang, link));
  const { html, text } = await renderMail(
    EventInvitation({
      lang,
      kind,
      greeting: salutationLine(lang, recipient),
      eventTitle: event.title,
      when: eventWhen(event, lang),
      venue: venueLines(event),
      invitationUrl: link,
      eventUrl: eventUrl(event),
      customBody: custom.body,
    }),
  );
  const subject =
    custom.subject ??
    fill(getDictionary(lang).invitations.mail.subject[kind], { event: eventSubjectLabel(event, lang) });
  return { subject, html, text, attachments: [] };
}

/**
 * Composes an outbox row of kind event_invitation or event_invitation_reminder at send time, or skips it when
 * the invitee has answered meanwhile (a reminder) or the invitation is gone or anonymised.
 */
export async function composeInvitationMailRow(row: OutboxRow): Promise<OutboxComposition> {
  if (!row.invitationId) return { skip: 'Die Einladung existiert nicht mehr.' };
  const invitation = await db.invitation.findUnique({
    where: { id: row.invitationId },
    select: {
      token: true,
      status: true,
      eventId: true,
      salutation: true,
      title: true,
      firstName: true,
      lastName: true,
      email: true,
      locale: true,
      anonymizedAt: true,
      event: { select: mailEventSelect },
    },
  });
  if (!invitation || invitation.anonymizedAt) return { skip: 'Die Einladung existiert nicht mehr.' };
  const kind = row.kind === 'event_invitation_reminder' ? 'reminder' : 'invitation';
  if (kind === 'reminder' && (invitation.status === 'registered' || invitation.status === 'declined'))
    return { skip: `Keine Erinnerung: Die eingeladene Person hat geantwortet (${invitation.status}).` };
  if (invitation.event.startsAt <= new Date()) return { skip: 'Die Veranstaltung hat schon begonnen.' };
  const lang = mailLocale(invitation.locale);
  const event = mailEventFor(invitation.event, lang);
  const recipient: RecipientFacts = {
    lang,
    salutation: invitation.salutation,
    title: invitation.title,
    firstName: invitation.firstName,
    lastName: invitation.lastName,
  };
  const override = await getMailText(invitation.eventId, row.kind as 'event_invitation', lang);
  const mail = await composeInvitationMail({ kind, recipient, event, token: invitation.token, override });
  return { mail, to: invitation.email, toName: `${invitation.firstName} ${invitation.lastName}`.trim() };
}
