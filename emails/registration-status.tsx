import { Heading, Link, Text } from '@react-email/components';
import { MailLayout } from './layout';
import { EventDetails, greeting, h1Style, ManageBlock, TicketBlock, hintStyle, linkStyle } from './parts';

export interface RegistrationStatusProps {
  lang: 'de' | 'en';
  /** "promotion": a seat became free for someone on the waiting list. */
  kind: 'confirmation' | 'waitlist' | 'promotion';
  firstName: string;
  lastName: string;
  eventTitle: string;
  /** Formatted date and time range. */
  when: string;
  /** Venue name, room and address lines. */
  venue: string[];
  /** Place on the waiting list; null when it is not known. */
  waitlistPosition: number | null;
  /** Shown for confirmation and promotion only. */
  ticket: { qrSrc: string; ticketCodeFormatted: string; ticketUrl: string } | null;
  manageUrl: string;
  eventUrl: string;
}

const copy = {
  de: {
    heading: {
      confirmation: 'Ihre Anmeldung ist bestätigt',
      promotion: 'Platz frei – Ihre Teilnahme ist bestätigt',
      waitlist: 'Sie stehen auf der Warteliste',
    },
    intro: {
      confirmation: (e: string) => `vielen Dank für Ihre Anmeldung zu „${e}“. Ihre Teilnahme ist bestätigt.`,
      promotion: (e: string) =>
        `gute Nachricht: Bei „${e}“ ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt, Ihre Teilnahme ist jetzt bestätigt.`,
      waitlist: (e: string) => `vielen Dank für Ihre Anmeldung zu „${e}“. Die Veranstaltung ist derzeit ausgebucht.`,
    },
    position: (n: number | null) =>
      n ? `Sie stehen auf Platz ${n} der Warteliste.` : 'Sie stehen auf der Warteliste.',
    moveUp:
      'Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail mit Ihrem Ticket. Sie müssen nichts weiter tun.',
    calendar: 'Den Termin für Ihren Kalender finden Sie im Anhang dieser E-Mail (.ics-Datei).',
    manage: 'Ihre Anmeldung verwalten',
    manageHint:
      'Über Ihren persönlichen Link können Sie Ihre Angaben korrigieren, das Ticket erneut abrufen oder absagen. Bitte geben Sie den Link nicht weiter.',
    manageLink: 'Anmeldung ansehen, ändern oder stornieren',
    waitlistHint:
      'Falls Sie doch nicht teilnehmen möchten, melden Sie sich bitte über Ihren persönlichen Link von der Warteliste ab. Bitte geben Sie den Link nicht weiter.',
    waitlistLink: 'Anmeldung ansehen oder stornieren',
    event: 'Zur Veranstaltungsseite',
  },
  en: {
    heading: {
      confirmation: 'Your registration is confirmed',
      promotion: 'A place became free – you are confirmed',
      waitlist: 'You are on the waiting list',
    },
    intro: {
      confirmation: (e: string) => `thank you for registering for “${e}”. Your place is confirmed.`,
      promotion: (e: string) =>
        `good news: a place has become free at “${e}”. You have moved up from the waiting list and your place is now confirmed.`,
      waitlist: (e: string) => `thank you for registering for “${e}”. The event is fully booked at the moment.`,
    },
    position: (n: number | null) => (n ? `You are number ${n} on the waiting list.` : 'You are on the waiting list.'),
    moveUp:
      'When a place becomes free, you move up automatically and we will send you an e-mail with your ticket. You do not need to do anything.',
    calendar: 'The date for your calendar is attached to this e-mail (.ics file).',
    manage: 'Manage your registration',
    manageHint:
      'With your personal link you can correct your details, get your ticket again or cancel. Please do not share the link.',
    manageLink: 'View, change or cancel your registration',
    waitlistHint:
      'If you no longer wish to attend, please leave the waiting list through your personal link. Please do not share the link.',
    waitlistLink: 'View or cancel your registration',
    event: 'Event page',
  },
};

/** Confirmation, waiting-list notice or promotion for one registration. */
export default function RegistrationStatus(props: RegistrationStatusProps) {
  const t = copy[props.lang];
  const waitlisted = props.kind === 'waitlist';
  return (
    <MailLayout lang={props.lang} preview={`${t.heading[props.kind]}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading[props.kind]}
      </Heading>
      <Text>{greeting(props.lang, props.firstName, props.lastName)}</Text>
      <Text>
        {props.kind === 'promotion' ? (
          <strong>{t.intro.promotion(props.eventTitle)}</strong>
        ) : (
          t.intro[props.kind](props.eventTitle)
        )}
      </Text>
      {waitlisted ? (
        <Text>
          <strong>{t.position(props.waitlistPosition)}</strong> {t.moveUp}
        </Text>
      ) : null}
      <EventDetails lang={props.lang} when={props.when} venue={props.venue} />
      {!waitlisted && props.ticket ? <TicketBlock lang={props.lang} {...props.ticket} /> : null}
      {!waitlisted ? <Text style={hintStyle}>{t.calendar}</Text> : null}
      <ManageBlock
        heading={t.manage}
        hint={waitlisted ? t.waitlistHint : t.manageHint}
        linkText={waitlisted ? t.waitlistLink : t.manageLink}
        url={props.manageUrl}
      />
      <Text>
        <Link href={props.eventUrl} style={linkStyle}>
          {t.event}
        </Link>
      </Text>
    </MailLayout>
  );
}

RegistrationStatus.PreviewProps = {
  lang: 'de',
  kind: 'confirmation',
  firstName: 'Erika',
  lastName: 'Mustermann',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  venue: ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'],
  waitlistPosition: null,
  ticket: {
    qrSrc: 'cid:ticket-qr@tagungsbuero',
    ticketCodeFormatted: '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
    ticketUrl: 'http://localhost:3000/tickets/0123456789ABCDEF0123456789ABCDEF',
  },
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  eventUrl: 'http://localhost:3000/events/beispielveranstaltung-digitalisierungskonferenz',
} satisfies RegistrationStatusProps;
