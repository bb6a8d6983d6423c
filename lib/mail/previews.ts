import { previewAttendance } from '@/emails/preview-sample';
import { composeInvitationMail } from '@/lib/invitations/mail';
import { composeBookingMail } from './compose/booking-mail';
import { composeCancellationMail } from './compose/cancellation-mail';
import { composeCertificateMail } from './compose/certificate-mail';
import { composeNewsletterConfirmationMail } from './compose/newsletter-confirmation-mail';
import { composeOrganizerMessageMail } from './compose/organizer-message-mail';
import { composeRegistrationMail } from './compose/registration-mail';
import { composeReminderMail } from './compose/reminder-mail';
import { appUrl } from './compose/shared';
import { composeSignInMail } from './compose/sign-in-mail';
import type { ComposedMail } from './compose/types';
import { sampleEvent as event, sampleRecipient, sampleRegistration as reg } from './sample-data';

export interface MailPreview {
  id: string;
  label: string;
  compose: () => Promise<ComposedMail>;
}

const de = sampleRecipient('de');
const en = sampleRecipient('en');

const ORGANIZER_BODY = [
  'wir freuen uns auf Sie! Zwei Hinweise vorab:',
  '',
  'Die Workshops am Nachmittag finden im Seminarraum statt.\nDer Weg ist ab dem Foyer ausgeschildert.',
  '',
  'Das aktuelle Programm finden Sie unter https://www.htwk-leipzig.de/ (Beispiel).',
].join('\n');

/** Every mail the app sends, composed from the example event's sample data, for the preview pages in development. */
export const mailPreviews: MailPreview[] = [
  {
    id: 'confirmation-de',
    label: 'Anmeldebestätigung (deutsch)',
    compose: () =>
      composeRegistrationMail({ kind: 'confirmation', recipient: de, event, waitlistPosition: null, ...reg }),
  },
  {
    id: 'confirmation-en',
    label: 'Anmeldebestätigung (englisch)',
    compose: () =>
      composeRegistrationMail({ kind: 'confirmation', recipient: en, event, waitlistPosition: null, ...reg }),
  },
  {
    id: 'confirmation-workshops',
    label: 'Anmeldebestätigung vor Ort mit Workshops',
    compose: () =>
      composeRegistrationMail({
        kind: 'confirmation',
        recipient: de,
        event,
        waitlistPosition: null,
        ...reg,
        attendance: previewAttendance.onsite,
      }),
  },
  {
    id: 'confirmation-online',
    label: 'Anmeldebestätigung online (Zugangslink, kein QR-Code)',
    compose: () =>
      composeRegistrationMail({
        kind: 'confirmation',
        recipient: de,
        event,
        waitlistPosition: null,
        ...reg,
        attendance: previewAttendance.online,
      }),
  },
  {
    id: 'confirmation-online-en',
    label: 'Anmeldebestätigung online (englisch)',
    compose: () =>
      composeRegistrationMail({
        kind: 'confirmation',
        recipient: en,
        event,
        waitlistPosition: null,
        ...reg,
        attendance: {
          ...previewAttendance.online,
          join: { ...previewAttendance.online.join, releaseAt: 'Thursday, 2 April 2026, 8:30 am' },
        },
      }),
  },
  {
    id: 'waitlist',
    label: 'Warteliste (Platz 3)',
    compose: () => composeRegistrationMail({ kind: 'waitlist', recipient: de, event, waitlistPosition: 3, ...reg }),
  },
  {
    id: 'promotion',
    label: 'Nachgerückt: Platz frei, Teilnahme bestätigt',
    compose: () => composeRegistrationMail({ kind: 'promotion', recipient: de, event, waitlistPosition: null, ...reg }),
  },
  {
    id: 'cancellation',
    label: 'Stornierung durch die angemeldete Person (Platz geht an die Warteliste)',
    compose: () =>
      composeCancellationMail({ recipient: de, event, cancelledBy: 'attendee', variant: 'seat_passed_on' }),
  },
  {
    id: 'cancellation-seat-freed',
    label: 'Stornierung durch die angemeldete Person (niemand wartet)',
    compose: () => composeCancellationMail({ recipient: de, event, cancelledBy: 'attendee', variant: 'seat_freed' }),
  },
  {
    id: 'cancellation-waitlist',
    label: 'Abmeldung von der Warteliste',
    compose: () => composeCancellationMail({ recipient: de, event, cancelledBy: 'attendee', variant: 'waitlist_left' }),
  },
  {
    id: 'cancellation-organizer',
    label: 'Stornierung durch das Veranstaltungsteam',
    compose: () => composeCancellationMail({ recipient: de, event, cancelledBy: 'organizer', variant: 'seat_freed' }),
  },
  {
    id: 'reminder',
    label: 'Erinnerung vor der Veranstaltung',
    compose: () => composeReminderMail({ recipient: de, event, ...reg }),
  },
  {
    id: 'reminder-online',
    label: 'Erinnerung bei Online-Teilnahme',
    compose: () => composeReminderMail({ recipient: de, event, ...reg, attendance: previewAttendance.online }),
  },
  {
    id: 'session-promotion',
    label: 'Workshop: von der Warteliste nachgerückt',
    compose: () =>
      composeBookingMail({
        kind: 'session_promotion',
        recipient: de,
        event,
        attendance: previewAttendance.onsite,
        session: { title: 'Workshop: KI im Mittelstand', when: '13:00–14:30 Uhr', room: 'Li110' },
        manageToken: reg.manageToken,
        ticket: null,
      }),
  },
  {
    id: 'booking-changed',
    label: 'Workshops geändert (vor Ort, mit Ticket)',
    compose: () =>
      composeBookingMail({
        kind: 'booking_changed',
        recipient: de,
        event,
        attendance: previewAttendance.onsite,
        session: null,
        manageToken: reg.manageToken,
        ticket: reg,
      }),
  },
  {
    id: 'booking-changed-online-en',
    label: 'Teilnahmeart gewechselt: online (englisch)',
    compose: () =>
      composeBookingMail({
        kind: 'booking_changed',
        recipient: en,
        event,
        attendance: previewAttendance.online,
        session: null,
        manageToken: reg.manageToken,
        ticket: null,
      }),
  },
  {
    id: 'newsletter',
    label: 'Newsletter-Bestätigung (Double-Opt-in)',
    compose: () =>
      composeNewsletterConfirmationMail({ recipient: de, event, confirmUrl: appUrl('/newsletter/beispiel-token') }),
  },
  {
    id: 'organizer-message',
    label: 'Nachricht des Veranstaltungsteams',
    compose: () =>
      composeOrganizerMessageMail({
        recipient: de,
        event,
        subject: 'Hinweise zum Veranstaltungstag',
        body: ORGANIZER_BODY,
        manageToken: reg.manageToken,
      }),
  },
  {
    id: 'certificate',
    label: 'Teilnahmebescheinigung (ohne PDF-Anhang in der Vorschau)',
    compose: () => composeCertificateMail({ recipient: de, event, manageToken: reg.manageToken, pdf: null }),
  },
  {
    id: 'certificate-en',
    label: 'Teilnahmebescheinigung (englisch)',
    compose: () => composeCertificateMail({ recipient: en, event, manageToken: reg.manageToken, pdf: null }),
  },
  {
    id: 'sign-in',
    label: 'Anmeldelink für Veranstalter',
    compose: () =>
      composeSignInMail({
        url: appUrl('/api/auth/callback/email?token=beispiel&email=orga%40example.org'),
        validMinutes: 15,
      }),
  },
  {
    id: 'event-invitation',
    label: 'Persönliche Einladung (deutsch)',
    compose: () => composeInvitationMail({ kind: 'invitation', recipient: de, event, token: 'beispiel-einladung' }),
  },
  {
    id: 'event-invitation-reminder-en',
    label: 'Erinnerung an die Einladung (englisch)',
    compose: () => composeInvitationMail({ kind: 'reminder', recipient: en, event, token: 'beispiel-einladung' }),
  },
];

/** The preview with this id, or undefined. */
export function findMailPreview(id: string): MailPreview | undefined {
  return mailPreviews.find((p) => p.id === id);
}
