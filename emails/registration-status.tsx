import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { MailAttendance } from '@/lib/mail/compose/types';
import { attendanceVenue, JoinBlock, SessionsBlock } from './attendance-parts';
import { DecisionNote } from './decision-note';
import { MailLayout } from './layout';
import type { Segment } from '@/lib/mail-texts/placeholders';
import { CustomBody, EventDetails, h1Style, ManageBlock, TicketBlock, hintStyle, EventPageLink } from './parts';
import { previewSample } from './preview-sample';

export interface RegistrationStatusProps {
  lang: Locale;
  /** "promotion": a seat became free for someone on the waiting list. */
  kind: 'confirmation' | 'waitlist' | 'promotion';
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
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
  /** The organizer's wording in place of the default introduction (lib/mail-texts). */
  customBody?: Segment[][][] | null;
  /** The organizer's message with an approval. */
  note?: string | null;
  /** Online: join link instead of ticket and venue; on site: the workshops. Absent = on site, no workshops. */
  attendance?: MailAttendance | null;
}

/** Confirmation, waiting-list notice or promotion for one registration. */
export default function RegistrationStatus(props: RegistrationStatusProps) {
  const t = getDictionary(props.lang).mail.registration;
  const intro = fill(t.intro[props.kind], { event: props.eventTitle });
  const waitlisted = props.kind === 'waitlist';
  const online = props.attendance?.mode === 'online';
  const ts = getDictionary(props.lang).sessions.mail;
  return (
    <MailLayout lang={props.lang} preview={`${t.heading[props.kind]}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {t.heading[props.kind]}
      </Heading>
      <Text>{props.greeting}</Text>
      {props.customBody ? (
        <CustomBody paragraphs={props.customBody} />
      ) : (
        <Text>{props.kind === 'promotion' ? <strong>{intro}</strong> : intro}</Text>
      )}
      {online ? <Text>{ts.onlineIntro}</Text> : null}
      <DecisionNote lang={props.lang} note={props.note} />
      {waitlisted ? (
        <Text>
          <strong>
            {props.waitlistPosition ? fill(t.position, { n: props.waitlistPosition }) : t.positionUnknown}
          </strong>{' '}
          {online ? t.moveUpOnline : t.moveUp}
        </Text>
      ) : null}
      <EventDetails
        lang={props.lang}
        when={props.when}
        venue={attendanceVenue(props.lang, props.venue, props.attendance)}
      />
      {!waitlisted && props.attendance?.join ? <JoinBlock lang={props.lang} join={props.attendance.join} /> : null}
      {!waitlisted && !online && props.ticket ? <TicketBlock lang={props.lang} {...props.ticket} /> : null}
      {props.attendance && !online ? <SessionsBlock lang={props.lang} sessions={props.attendance.sessions} /> : null}
      {!waitlisted && !online ? <Text style={hintStyle}>{t.calendar}</Text> : null}
      <ManageBlock
        heading={t.manage}
        hint={waitlisted ? t.waitlistHint : online ? t.manageHintOnline : t.manageHint}
        linkText={waitlisted ? t.waitlistLink : t.manageLink}
        url={props.manageUrl}
      />
      <EventPageLink url={props.eventUrl} text={t.event} />
    </MailLayout>
  );
}

RegistrationStatus.PreviewProps = {
  ...previewSample,
  lang: 'de',
  kind: 'confirmation',
  waitlistPosition: null,
  ticket: {
    qrSrc: 'cid:ticket-qr@tagungsbuero',
    ticketCodeFormatted: '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
    ticketUrl: 'http://localhost:3000/tickets/0123456789ABCDEF0123456789ABCDEF',
  },
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies RegistrationStatusProps;
