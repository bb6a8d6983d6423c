import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { EventDetails, EventPageLink, h1Style, ManageBlock } from './parts';
import { previewSample } from './preview-sample';

export interface RegistrationPendingProps {
  lang: Locale;
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
  eventTitle: string;
  when: string;
  venue: string[];
  manageUrl: string;
  eventUrl: string;
}

/** "Ihre Anmeldung wird geprüft": received, no seat and no ticket yet (the event approves its registrations). */
export default function RegistrationPending(props: RegistrationPendingProps) {
  const t = getDictionary(props.lang).registrationMails.pending;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{props.greeting}</Text>
      <Text>{fill(t.intro, { event: props.eventTitle })}</Text>
      <EventDetails lang={props.lang} when={props.when} venue={props.venue} />
      <ManageBlock heading={t.manage} hint={t.manageHint} linkText={t.manageLink} url={props.manageUrl} />
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

RegistrationPending.PreviewProps = {
  ...previewSample,
  lang: 'de',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies RegistrationPendingProps;
