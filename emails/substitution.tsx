import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { EventDetails, EventPageLink, h1Style } from './parts';
import { previewSample } from './preview-sample';

export interface SubstitutionProps {
  lang: Locale;
  /** Who arranged it: the holder on the manage page, or the organizers on their behalf. */
  by: 'attendee' | 'organizer';
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
  /** The substitute as named in the text ("Dr. Max Schmidt"). */
  substituteName: string;
  eventTitle: string;
  when: string;
  venue: string[];
  eventUrl: string;
}

/** To the person who handed their place on: who has it now, and that their own ticket is void. */
export default function Substitution(props: SubstitutionProps) {
  const t = getDictionary(props.lang).substitution.mail;
  const values = { event: props.eventTitle, name: props.substituteName };
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{props.greeting}</Text>
      <Text>{fill(t.intro[props.by], values)}</Text>
      <Text>{fill(t.ticket, values)}</Text>
      <EventDetails lang={props.lang} heading={t.details} when={props.when} venue={props.venue} />
      <Text>{t.question}</Text>
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

Substitution.PreviewProps = {
  ...previewSample,
  lang: 'de',
  by: 'attendee',
  substituteName: 'Dr. Max Schmidt',
} satisfies SubstitutionProps;
