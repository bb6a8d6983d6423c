import { Heading, Link, Text } from '@react-email/components';
import { MailLayout } from './layout';
import { EventDetails, greeting, h1Style, linkStyle } from './parts';

export interface CancellationProps {
  lang: 'de' | 'en';
  cancelledBy: 'attendee' | 'organizer';
  firstName: string;
  lastName: string;
  eventTitle: string;
  when: string;
  venue: string[];
  eventUrl: string;
}

const copy = {
  de: {
    heading: 'Ihre Anmeldung ist storniert',
    attendee: (e: string) =>
      `wie gewünscht haben wir Ihre Anmeldung zu „${e}“ storniert. Ihr Ticket ist damit ungültig. Danke, dass Sie Bescheid gegeben haben – so kann jemand anderes Ihren Platz bekommen.`,
    organizer: (e: string) =>
      `das Veranstaltungsteam hat Ihre Anmeldung zu „${e}“ storniert. Ihr Ticket ist damit ungültig. Wir bedauern das. Bei Fragen wenden Sie sich bitte an das Veranstaltungsteam.`,
    details: 'Die stornierte Anmeldung',
    again: 'Falls Sie doch teilnehmen möchten, finden Sie auf der Veranstaltungsseite, ob noch Plätze frei sind.',
    event: 'Zur Veranstaltungsseite',
  },
  en: {
    heading: 'Your registration has been cancelled',
    attendee: (e: string) =>
      `as requested, we have cancelled your registration for “${e}”. Your ticket is no longer valid. Thank you for letting us know – this way someone else can have your place.`,
    organizer: (e: string) =>
      `the organizers have cancelled your registration for “${e}”. Your ticket is no longer valid. We are sorry about this. If you have any questions, please contact the organizers.`,
    details: 'The cancelled registration',
    again: 'If you would like to attend after all, the event page shows whether places are still available.',
    event: 'Event page',
  },
};

/** Confirms a cancellation, by the attendee or (said politely) by the organizers. */
export default function Cancellation(props: CancellationProps) {
  const t = copy[props.lang];
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{greeting(props.lang, props.firstName, props.lastName)}</Text>
      <Text>{t[props.cancelledBy](props.eventTitle)}</Text>
      <EventDetails lang={props.lang} heading={t.details} when={props.when} venue={props.venue} />
      <Text>{t.again}</Text>
      <Text>
        <Link href={props.eventUrl} style={linkStyle}>
          {t.event}
        </Link>
      </Text>
    </MailLayout>
  );
}

Cancellation.PreviewProps = {
  lang: 'de',
  cancelledBy: 'attendee',
  firstName: 'Erika',
  lastName: 'Mustermann',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  venue: ['HTWK Leipzig', 'Geutebrück-Bau', 'Karl-Liebknecht-Straße 132', '04277 Leipzig'],
  eventUrl: 'http://localhost:3000/events/beispielveranstaltung-digitalisierungskonferenz',
} satisfies CancellationProps;
