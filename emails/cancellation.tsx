import { Heading, Link, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { EventDetails, greeting, h1Style, linkStyle } from './parts';

export interface CancellationProps {
  lang: Locale;
  cancelledBy: 'attendee' | 'organizer';
  firstName: string;
  lastName: string;
  eventTitle: string;
  when: string;
  venue: string[];
  eventUrl: string;
}

/** Confirms a cancellation, by the attendee or (said politely) by the organizers. */
export default function Cancellation(props: CancellationProps) {
  const t = getDictionary(props.lang).mail.cancellation;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{greeting(props.lang, props.firstName, props.lastName)}</Text>
      <Text>{fill(t.intro[props.cancelledBy], { event: props.eventTitle })}</Text>
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
