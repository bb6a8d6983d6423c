import QRCode from 'qrcode';
import RegistrationConfirmation from '@/emails/registration-confirmation';
import { formatDateTime, type Locale } from '@/lib/format';
import { managePath } from '@/lib/registrations/manage-link';
import { formatTicketCode } from '@/lib/registrations/ticket-code';
import { getWaitlistPosition } from '@/lib/registrations/waitlist';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { sendMail } from '@/lib/server/mailer';
import { renderMail } from './render';

const QR_CID = 'ticket-qr@tagungsbuero';

/** PNG of the ticket's QR code. */
export function ticketQrPng(ticketCode: string): Promise<Buffer> {
  return QRCode.toBuffer(ticketCode, { errorCorrectionLevel: 'M', margin: 2, width: 440 });
}

export type RegistrationMailKind = 'confirmation' | 'promotion';

/**
 * Sends (or re-sends) the confirmation mail with the QR ticket and the manage link for one registration;
 * kind "promotion" tells a formerly waitlisted person that they now have a seat. Call after commit.
 */
export async function sendRegistrationConfirmation(registrationId: string, kind: RegistrationMailKind = 'confirmation'): Promise<void> {
  const r = await db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true, eventId: true, createdAt: true, manageToken: true,
      firstName: true, lastName: true, email: true, status: true, ticketCode: true, locale: true,
      event: { select: { slug: true, title: true, startsAt: true, venueName: true, venueAddress: true } },
    },
  });
  if (r.status === 'cancelled') return;
  // A promotion that was undone in the meantime (cancelled again) must not claim a seat.
  if (kind === 'promotion' && r.status !== 'confirmed') return;
  const waitlistPosition = await getWaitlistPosition(r);
  const lang: Locale = r.locale === 'en' ? 'en' : 'de';
  const eventDate = formatDateTime(r.event.startsAt, lang);
  const { html, text } = await renderMail(
    RegistrationConfirmation({
      lang,
      firstName: r.firstName,
      lastName: r.lastName,
      status: r.status,
      kind,
      waitlistPosition,
      eventTitle: r.event.title,
      eventDate,
      venue: `${r.event.venueName}, ${r.event.venueAddress.replace(/\n/g, ', ')}`,
      ticketCode: r.ticketCode,
      ticketCodeFormatted: formatTicketCode(r.ticketCode),
      ticketUrl: new URL(`/tickets/${r.ticketCode}`, env.APP_URL).toString(),
      eventUrl: new URL(`/events/${r.event.slug}`, env.APP_URL).toString(),
      manageUrl: new URL(managePath(r.manageToken), env.APP_URL).toString(),
      qrSrc: `cid:${QR_CID}`,
    }),
  );
  const prefix = kind === 'promotion'
    ? (lang === 'en' ? 'Your place is confirmed' : 'Platz frei – Teilnahme bestätigt')
    : (lang === 'en' ? 'Registration' : 'Anmeldung');
  await sendMail({
    to: r.email,
    subject: `${prefix}: ${r.event.title} – ${formatDateTime(r.event.startsAt, lang)}`,
    html,
    text,
    attachments: [{ filename: 'ticket.png', content: await ticketQrPng(r.ticketCode), cid: QR_CID, contentType: 'image/png' }],
  });
}

/** Tells a person promoted from the waiting list that they now have a seat (with ticket). Call after commit. */
export function sendPromotionMail(registrationId: string): Promise<void> {
  return sendRegistrationConfirmation(registrationId, 'promotion');
}
