import { getMailAttendance } from '@/lib/attendance/mail-facts';
import { namedCertificateFileName } from '@/lib/certificates/delivery-files';
import { renderCertificatePdf } from '@/lib/certificates/document';
import { getCertificateDocumentInput } from '@/lib/certificates/load';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { composeCertificateMail } from '@/lib/mail/compose/certificate-mail';
import { asCancellationVariant, composeCancellationMail } from '@/lib/mail/compose/cancellation-mail';
import { composeNewsletterConfirmationMail } from '@/lib/mail/compose/newsletter-confirmation-mail';
import { composeOrganizerMessageMail } from '@/lib/mail/compose/organizer-message-mail';
import { composeRegistrationMail } from '@/lib/mail/compose/registration-mail';
import { composeReminderMail } from '@/lib/mail/compose/reminder-mail';
import { sampleRecipient } from '@/lib/mail/sample-data';
import { getMailText } from '@/lib/mail-texts/lookup';
import { isMailTextKind } from '@/lib/mail-texts/schema';
import { decisionNoteOf } from '@/lib/registrations/decision-mail';
import { getWaitlistPosition } from '@/lib/registrations/waitlist';
import { composeInvitationOutboxMail } from '@/lib/users/invitation-mail';
import { composeSignInOutboxMail } from './sign-in-mail';
import { domainComposers } from './outbox-composers';
import { eventFor, eventSelect, type LoadedRegistration, loadRegistration, recipientOf } from './outbox-registration';
import type { OutboxComposition, OutboxRow } from './outbox-row';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

export type { OutboxComposition, OutboxRow } from './outbox-row';

/**
 * Reads what an outbox mail needs at send time and composes it, or says why it must not go out any more
 * (e.g. the registration was cancelled or anonymised after the mail was queued).
 */
export async function composeOutboxMail(row: OutboxRow): Promise<OutboxComposition> {
  if (row.kind === 'invitation') return composeInvitationOutboxMail(row);
  if (row.kind === 'sign_in') return composeSignInOutboxMail(row);
  const domain = domainComposers[row.kind];
  if (domain) return domain(row);
  if (row.kind === 'message' && !row.registrationId) return composeTestMessage(row);
  if (!row.registrationId) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  const r = await loadRegistration(row.registrationId);
  if (!r) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  // Walk-ins registered at the door may have no address (stored as '').
  if (!r.email) return { skip: 'Keine E-Mail-Adresse (an der Tür ohne Adresse angemeldet).' };
  const to = { to: r.email, toName: `${r.firstName} ${r.lastName}` };
  const recipient = recipientOf(r);
  const event = eventFor(r.event, recipient.lang);
  const ticket = { registrationId: r.id, eventId: r.eventId, ticketCode: r.ticketCode, manageToken: r.manageToken };
  // An approval's confirmation or waiting-list mail carries the organizer's message.
  const note = decisionNoteOf(row, r);
  const override = isMailTextKind(row.kind) ? await getMailText(r.eventId, row.kind, recipient.lang) : null;
  // Mode, join link and workshops as they are now (the registration mails and the reminder speak to them).
  const attendance = ['confirmation', 'promotion', 'waitlist', 'reminder'].includes(row.kind)
    ? await getMailAttendance(r.id, recipient.lang)
    : null;
  switch (row.kind) {
    case 'confirmation':
    case 'promotion':
      if (r.status !== 'confirmed') return { skip: `Die Anmeldung ist nicht mehr bestätigt (${r.status}).` };
      return {
        ...to,
        mail: await composeRegistrationMail({
          kind: row.kind,
          recipient,
          event,
          ...ticket,
          waitlistPosition: null,
          override,
          note,
          attendance,
        }),
      };
    case 'waitlist': {
      if (r.status !== 'waitlisted')
        return { skip: `Die Anmeldung steht nicht mehr auf der Warteliste (${r.status}).` };
      const waitlistPosition = await getWaitlistPosition(r);
      return {
        ...to,
        mail: await composeRegistrationMail({
          kind: 'waitlist',
          recipient,
          event,
          ...ticket,
          waitlistPosition,
          override,
          note,
          attendance,
        }),
      };
    }
    case 'cancellation':
      return {
        ...to,
        mail: await composeCancellationMail({
          recipient,
          event,
          cancelledBy: r.cancelledBy === 'attendee' ? 'attendee' : 'organizer',
          variant: asCancellationVariant(row.variant),
          override,
        }),
      };
    case 'reminder':
      if (r.status !== 'confirmed') return { skip: `Keine Erinnerung: Die Anmeldung ist ${r.status}.` };
      if (r.event.startsAt <= new Date()) return { skip: 'Keine Erinnerung: Die Veranstaltung hat schon begonnen.' };
      return { ...to, mail: await composeReminderMail({ recipient, event, ...ticket, override, attendance }) };
    case 'newsletter': {
      if (!r.newsletterToken || r.newsletterConfirmedAt)
        return { skip: 'Der Newsletter ist bereits bestätigt oder nicht angefragt.' };
      const confirmUrl = new URL(`/newsletter/${r.newsletterToken}`, env.APP_URL).toString();
      return { ...to, mail: await composeNewsletterConfirmationMail({ recipient, event, confirmUrl }) };
    }
    case 'message':
      return composeMessage(row, r, to);
    case 'certificate':
      return composeCertificate(r, to);
    default:
      return { skip: `Keine Zusammensetzung für die Art ${row.kind}.` };
  }
}

// The PDF is rendered when the mail goes out, from the stored certificate: a revocation after queuing still holds.
async function composeCertificate(
  r: LoadedRegistration,
  to: { to: string; toName: string },
): Promise<OutboxComposition> {
  if (r.status === 'cancelled') return { skip: 'Die Anmeldung wurde inzwischen storniert.' };
  const certificate = await db.certificate.findUnique({
    where: { registrationId: r.id },
    select: { id: true, holderName: true, revokedAt: true, anonymizedAt: true },
  });
  if (!certificate || certificate.anonymizedAt) return { skip: 'Keine Teilnahmebescheinigung ausgestellt.' };
  if (certificate.revokedAt) return { skip: 'Die Teilnahmebescheinigung wurde widerrufen.' };
  const input = await getCertificateDocumentInput(certificate.id);
  if (!input) return { skip: 'Keine Teilnahmebescheinigung ausgestellt.' };
  const recipient = recipientOf(r);
  const base = getDictionary(recipient.lang).certificates.delivery.fileBase;
  const pdf = {
    filename: namedCertificateFileName(base, certificate.holderName),
    content: await renderCertificatePdf(input),
  };
  const mail = await composeCertificateMail({
    recipient,
    event: eventFor(r.event, recipient.lang),
    manageToken: r.manageToken,
    pdf,
  });
  return { ...to, mail };
}

async function composeMessage(
  row: OutboxRow,
  r: LoadedRegistration,
  to: { to: string; toName: string },
): Promise<OutboxComposition> {
  if (r.status === 'cancelled') return { skip: 'Die Anmeldung wurde inzwischen storniert.' };
  const message = await db.organizerMessage.findUnique({
    where: { id: row.organizerMessageId ?? '' },
    select: { subject: true, body: true, ownSalutation: true },
  });
  if (!message) return { skip: 'Die Nachricht existiert nicht mehr.' };
  const mail = await composeOrganizerMessageMail({
    recipient: recipientOf(r),
    event: eventFor(r.event, r.locale === 'en' ? 'en' : 'de'),
    subject: message.subject,
    body: message.body,
    ownSalutation: message.ownSalutation,
    manageToken: r.manageToken,
  });
  return { ...to, mail };
}

// A test mail goes to the organizer, with sample attendee data in place of a real person's.
async function composeTestMessage(row: OutboxRow): Promise<OutboxComposition> {
  const message = await db.organizerMessage.findUnique({
    where: { id: row.organizerMessageId ?? '' },
    select: { subject: true, body: true, ownSalutation: true, event: { select: eventSelect } },
  });
  if (!message) return { skip: 'Die Nachricht existiert nicht mehr.' };
  const mail = await composeOrganizerMessageMail({
    recipient: sampleRecipient('de'),
    event: eventFor(message.event, 'de'),
    subject: message.subject,
    body: message.body,
    ownSalutation: message.ownSalutation,
    manageToken: 'testmail-ohne-gueltigen-link',
  });
  return { to: row.recipient, mail: { ...mail, subject: `[Testmail] ${mail.subject}` } };
}
