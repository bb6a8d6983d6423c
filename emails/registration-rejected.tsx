import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { DecisionNote } from './decision-note';
import { MailLayout } from './layout';
import { EventPageLink, h1Style } from './parts';
import { previewSample } from './preview-sample';

export interface RegistrationRejectedProps {
  lang: Locale;
  /** "decision": rejected by the organizers; "full": approved, but no place was left (the event refuses then). */
  reason: 'decision' | 'full';
  greeting: string;
  eventTitle: string;
  /** The organizer's optional message. */
  note: string | null;
  eventUrl: string;
}

/** The polite "not confirmed", with the organizer's message if they wrote one. */
export default function RegistrationRejected(props: RegistrationRejectedProps) {
  const t = getDictionary(props.lang).registrationMails.rejection;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{props.greeting}</Text>
      <Text>{fill(t.intro[props.reason], { event: props.eventTitle })}</Text>
      <DecisionNote lang={props.lang} note={props.note} />
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

RegistrationRejected.PreviewProps = {
  greeting: previewSample.greeting,
  eventTitle: previewSample.eventTitle,
  eventUrl: previewSample.eventUrl,
  lang: 'de',
  reason: 'decision',
  note: 'Die Veranstaltung richtet sich ausschließlich an Beschäftigte der öffentlichen Verwaltung.',
} satisfies RegistrationRejectedProps;
