import { Button, Heading, Img, Section, Text } from '@react-email/components';
import { MailLayout } from './layout';

export interface RegistrationConfirmationProps {
  lang: 'de' | 'en';
  firstName: string;
  lastName: string;
  status: 'confirmed' | 'waitlisted';
  /** "promotion": sent when a seat became free for someone on the waiting list. */
  kind?: 'confirmation' | 'promotion';
  /** Place on the waiting list (arrival order), for waitlisted registrations. */
  waitlistPosition?: number | null;
  eventTitle: string;
  eventDate: string;
  venue: string;
  ticketCode: string;
  ticketCodeFormatted: string;
  ticketUrl: string;
  eventUrl: string;
  /** The personal manage page (view, correct, cancel). */
  manageUrl: string;
  /** The src of the QR image, normally "cid:…" so the image travels inside the mail. */
  qrSrc: string;
}

const h1 = { fontSize: '22px', lineHeight: '28px', margin: '0 0 16px' };
const code = { fontFamily: 'Courier New, monospace', fontSize: '18px', letterSpacing: '1px', fontWeight: 'bold' as const };
const button = { backgroundColor: '#0b5394', color: '#ffffff', padding: '12px 20px', borderRadius: '4px', textDecoration: 'none' };

const copy = {
  de: {
    hello: (p: RegistrationConfirmationProps) => `Guten Tag ${p.firstName} ${p.lastName},`,
    confirmed: 'vielen Dank für Ihre Anmeldung. Ihre Teilnahme ist bestätigt.',
    waitlisted: 'vielen Dank für Ihre Anmeldung. Die Veranstaltung ist ausgebucht; Sie stehen auf der Warteliste.',
    position: (n: number) => `Sie stehen auf Platz ${n} der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail.`,
    promoted: 'Gute Nachricht: Für Sie ist ein Platz frei geworden. Ihre Teilnahme ist jetzt bestätigt.',
    manage: 'Anmeldung ansehen, ändern oder stornieren',
    manageHint: 'Über diesen persönlichen Link können Sie Ihre Angaben korrigieren, den Termin in Ihren Kalender übernehmen oder absagen. Bitte geben Sie ihn nicht weiter.',
    when: 'Wann', where: 'Wo', ticket: 'Ihr Ticket',
    show: 'Bitte zeigen Sie diesen QR-Code beim Einlass vor. Falls er nicht gelesen werden kann, nennen Sie den Ticket-Code:',
    open: 'Ticket im Browser öffnen', event: 'Zur Veranstaltungsseite',
  },
  en: {
    hello: (p: RegistrationConfirmationProps) => `Dear ${p.firstName} ${p.lastName},`,
    confirmed: 'thank you for registering. Your place is confirmed.',
    waitlisted: 'thank you for registering. The event is fully booked; you are on the waiting list.',
    position: (n: number) => `You are number ${n} on the waiting list. When a place becomes free, you move up automatically and we will tell you by e-mail.`,
    promoted: 'Good news: a place has become free for you. Your participation is now confirmed.',
    manage: 'View, change or cancel your registration',
    manageHint: 'With this personal link you can correct your details, add the date to your calendar or cancel. Please do not share it.',
    when: 'When', where: 'Where', ticket: 'Your ticket',
    show: 'Please show this QR code at the entrance. If it cannot be read, give the ticket code:',
    open: 'Open ticket in the browser', event: 'Event page',
  },
};

/** The confirmation mail with the QR ticket. */
export default function RegistrationConfirmation(props: RegistrationConfirmationProps) {
  const t = copy[props.lang];
  return (
    <MailLayout lang={props.lang} preview={`${props.eventTitle} – ${props.eventDate}`}>
      <Heading as="h1" style={h1}>{props.eventTitle}</Heading>
      <Text>{t.hello(props)}</Text>
      {props.kind === 'promotion' && props.status === 'confirmed' ? (
        <Text><strong>{t.promoted}</strong></Text>
      ) : (
        <Text>{props.status === 'confirmed' ? t.confirmed : t.waitlisted}</Text>
      )}
      {props.status === 'waitlisted' && props.waitlistPosition ? <Text>{t.position(props.waitlistPosition)}</Text> : null}
      <Text><strong>{t.when}:</strong> {props.eventDate}<br /><strong>{t.where}:</strong> {props.venue}</Text>
      <Section>
        <Heading as="h2" style={{ fontSize: '18px' }}>{t.ticket}</Heading>
        <Text>{t.show}</Text>
        <Img src={props.qrSrc} width="220" height="220" alt={`QR-Code ${props.ticketCode}`} />
        <Text style={code}>{props.ticketCodeFormatted}</Text>
        <Button href={props.ticketUrl} style={button}>{t.open}</Button>
      </Section>
      <Section>
        <Text>{t.manageHint}</Text>
        <Text><a href={props.manageUrl}>{t.manage}</a></Text>
      </Section>
      <Text><a href={props.eventUrl}>{t.event}</a></Text>
    </MailLayout>
  );
}

RegistrationConfirmation.PreviewProps = {
  lang: 'de', firstName: 'Erika', lastName: 'Mustermann', status: 'confirmed',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  eventDate: 'Donnerstag, 2. April 2026, 9:00 Uhr', venue: 'HTWK Leipzig, Karl-Liebknecht-Straße 132, 04277 Leipzig',
  ticketCode: '0123456789ABCDEF0123456789ABCDEF', ticketCodeFormatted: '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
  ticketUrl: 'http://localhost:3000/tickets/0123456789ABCDEF0123456789ABCDEF', eventUrl: 'http://localhost:3000/events/beispiel',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  qrSrc: 'https://example.invalid/qr.png',
} satisfies RegistrationConfirmationProps;
