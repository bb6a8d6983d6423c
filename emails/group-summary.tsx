import { Heading, Section, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { EventDetails, EventPageLink, h1Style, h2Style } from './parts';
import { previewSample } from './preview-sample';

type MemberStatus = 'confirmed' | 'waitlisted' | 'pending' | 'rejected' | 'cancelled';

export interface GroupSummaryProps {
  lang: Locale;
  greeting: string;
  eventTitle: string;
  when: string;
  venue: string[];
  /** What became of the group as a whole when it was registered. */
  outcome: 'confirmed' | 'waitlisted' | 'pending';
  /** Every member with their status now. */
  members: { name: string; email: string; status: MemberStatus }[];
  eventUrl: string;
}

/** The one mail to whoever registered colleagues: everyone in the group and where each of them stands. */
export default function GroupSummary(props: GroupSummaryProps) {
  const t = getDictionary(props.lang).registrationMails.groupSummary;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{props.greeting}</Text>
      <Text>{fill(t.intro, { count: props.members.length, event: props.eventTitle })}</Text>
      <Text>
        <strong>{t.outcome[props.outcome]}</strong>
      </Text>
      <Section>
        <Heading as="h2" style={h2Style}>
          {t.members}
        </Heading>
        {props.members.map((m) => (
          <Text key={m.email}>
            {m.name} ({m.email}): <strong>{t.status[m.status]}</strong>
          </Text>
        ))}
      </Section>
      <EventDetails lang={props.lang} when={props.when} venue={props.venue} />
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

GroupSummary.PreviewProps = {
  ...previewSample,
  greeting: 'Guten Tag Petra Schulze,',
  lang: 'de',
  outcome: 'confirmed',
  members: [
    { name: 'Erika Mustermann', email: 'erika.mustermann@example.org', status: 'confirmed' },
    { name: 'Dr. Jonas Weber', email: 'jonas.weber@example.org', status: 'confirmed' },
  ],
} satisfies GroupSummaryProps;
