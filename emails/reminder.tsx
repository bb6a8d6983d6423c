import { Heading, Link, Section, Text } from '@react-email/components';
import { MailLayout } from './layout';
import { EventDetails, greeting, h1Style, h2Style, linkStyle, ManageBlock, TicketBlock } from './parts';

export interface ReminderProps {
  lang: 'de' | 'en';
  firstName: string;
  lastName: string;
  eventTitle: string;
  /** The day only, for "see you on …". */
  day: string;
  when: string;
  venue: string[];
  /** The organizers' directions, if any. */
  directions: string | null;
  mapUrl: string;
  qrSrc: string;
  ticketCodeFormatted: string;
  ticketUrl: string;
  manageUrl: string;
  eventUrl: string;
}

const copy = {
  de: {
    heading: (day: string) => `Wir sehen uns am ${day}`,
    intro: (e: string) =>
      `bald ist es so weit: Wir freuen uns, Sie bei „${e}“ zu begrüßen. Hier noch einmal alles Wichtige für den Tag.`,
    directions: 'Anfahrt',
    map: 'Adresse auf OpenStreetMap anzeigen',
    manage: 'Pläne geändert?',
    manageHint:
      'Falls Sie nicht kommen können, stornieren Sie bitte Ihre Anmeldung, damit jemand von der Warteliste Ihren Platz bekommt.',
    manageLink: 'Anmeldung ansehen oder stornieren',
    event: 'Programm auf der Veranstaltungsseite',
  },
  en: {
    heading: (day: string) => `See you on ${day}`,
    intro: (e: string) =>
      `it is nearly time: we look forward to welcoming you at “${e}”. Here is everything you need for the day.`,
    directions: 'Getting there',
    map: 'Show the address on OpenStreetMap',
    manage: 'Plans changed?',
    manageHint:
      'If you cannot come, please cancel your registration so that someone on the waiting list gets your place.',
    manageLink: 'View or cancel your registration',
    event: 'Programme on the event page',
  },
};

/** The reminder shortly before the event: date, venue, directions, ticket and the way to cancel. */
export default function Reminder(props: ReminderProps) {
  const t = copy[props.lang];
  return (
    <MailLayout lang={props.lang} preview={`${t.heading(props.day)}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading(props.day)}
      </Heading>
      <Text>{greeting(props.lang, props.firstName, props.lastName)}</Text>
      <Text>{t.intro(props.eventTitle)}</Text>
      <EventDetails lang={props.lang} when={props.when} venue={props.venue} />
      <Section>
        <Heading as="h2" style={h2Style}>
          {t.directions}
        </Heading>
        {props.directions ? <Text>{props.directions}</Text> : null}
        <Text>
          <Link href={props.mapUrl} style={linkStyle}>
            {t.map}
          </Link>
        </Text>
      </Section>
      <TicketBlock
        lang={props.lang}
        qrSrc={props.qrSrc}
        ticketCodeFormatted={props.ticketCodeFormatted}
        ticketUrl={props.ticketUrl}
      />
      <ManageBlock heading={t.manage} hint={t.manageHint} linkText={t.manageLink} url={props.manageUrl} />
      <Text>
        <Link href={props.eventUrl} style={linkStyle}>
          {t.event}
        </Link>
      </Text>
    </MailLayout>
  );
}

Reminder.PreviewProps = {
  lang: 'de',
  firstName: 'Erika',
  lastName: 'Mustermann',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  day: 'Donnerstag, 2. April 2026',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  venue: ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'],
  directions: 'Die HTWK Leipzig erreichen Sie mit der Straßenbahn (Haltestelle Karl-Liebknecht-/Kurt-Eisner-Straße).',
  mapUrl: 'https://www.openstreetmap.org/search?query=Karl-Liebknecht-Stra%C3%9Fe%20132%2C%2004277%20Leipzig',
  qrSrc: 'cid:ticket-qr@tagungsbuero',
  ticketCodeFormatted: '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
  ticketUrl: 'http://localhost:3000/tickets/0123456789ABCDEF0123456789ABCDEF',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
  eventUrl: 'http://localhost:3000/events/beispielveranstaltung-digitalisierungskonferenz',
} satisfies ReminderProps;
