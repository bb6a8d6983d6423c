import { Heading, Link, Section, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { MailAttendance } from '@/lib/mail/compose/types';
import { attendanceVenue, JoinBlock, SessionsBlock } from './attendance-parts';
import { MailLayout } from './layout';
import type { Segment } from '@/lib/mail-texts/placeholders';
import {
  CustomBody,
  EventDetails,
  h1Style,
  h2Style,
  linkStyle,
  ManageBlock,
  TicketBlock,
  EventPageLink,
} from './parts';
import { previewSample } from './preview-sample';

export interface ReminderProps {
  lang: Locale;
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
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
  /** The organizer's wording in place of the default introduction (lib/mail-texts). */
  customBody?: Segment[][][] | null;
  /** Online: the join link instead of directions and ticket; on site: the workshops. */
  attendance?: MailAttendance | null;
}

/** The reminder shortly before the event: date, venue, directions, ticket and the way to cancel. */
export default function Reminder(props: ReminderProps) {
  const t = getDictionary(props.lang).mail.reminder;
  const heading = fill(t.heading, { day: props.day });
  const online = props.attendance?.mode === 'online';
  return (
    <MailLayout lang={props.lang} preview={`${heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {heading}
      </Heading>
      <Text>{props.greeting}</Text>
      {props.customBody ? (
        <CustomBody paragraphs={props.customBody} />
      ) : (
        <Text>{fill(t.intro, { event: props.eventTitle })}</Text>
      )}
      {online ? <Text>{getDictionary(props.lang).sessions.mail.onlineIntro}</Text> : null}
      <EventDetails
        lang={props.lang}
        when={props.when}
        venue={attendanceVenue(props.lang, props.venue, props.attendance)}
      />
      {props.attendance?.join ? <JoinBlock lang={props.lang} join={props.attendance.join} /> : null}
      {online ? null : (
        <>
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
          {props.attendance ? <SessionsBlock lang={props.lang} sessions={props.attendance.sessions} /> : null}
        </>
      )}
      <ManageBlock heading={t.manage} hint={t.manageHint} linkText={t.manageLink} url={props.manageUrl} />
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

Reminder.PreviewProps = {
  ...previewSample,
  lang: 'de',
  day: 'Donnerstag, 2. April 2026',
  directions: 'Die HTWK Leipzig erreichen Sie mit der Straßenbahn (Haltestelle Karl-Liebknecht-/Kurt-Eisner-Straße).',
  mapUrl: 'https://www.openstreetmap.org/search?query=Karl-Liebknecht-Stra%C3%9Fe%20132%2C%2004277%20Leipzig',
  qrSrc: 'cid:ticket-qr@tagungsbuero',
  ticketCodeFormatted: '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
  ticketUrl: 'http://localhost:3000/tickets/0123456789ABCDEF0123456789ABCDEF',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies ReminderProps;
