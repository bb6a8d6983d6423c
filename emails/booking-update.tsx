import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { MailAttendance } from '@/lib/mail/compose/types';
import { attendanceVenue, JoinBlock, SessionsBlock } from './attendance-parts';
import { MailLayout } from './layout';
import { EventDetails, EventPageLink, h1Style, ManageBlock, TicketBlock } from './parts';
import { previewSample } from './preview-sample';

export interface BookingUpdateProps {
  lang: Locale;
  /** session_promotion: moved up on a workshop's waiting list; booking_changed: workshops or mode changed. */
  kind: 'session_promotion' | 'booking_changed';
  greeting: string;
  eventTitle: string;
  when: string;
  venue: string[];
  /** The workshop someone moved up in (session_promotion). */
  session: { title: string; when: string; room: string | null } | null;
  attendance: MailAttendance;
  /** On site with a confirmed place (booking_changed): the ticket again, e.g. after switching from online. */
  ticket: { qrSrc: string; ticketCodeFormatted: string; ticketUrl: string } | null;
  manageUrl: string;
  eventUrl: string;
}

/** A workshop place freed for someone on its waiting list, or the registration's workshops or mode changed. */
export default function BookingUpdate(props: BookingUpdateProps) {
  const d = getDictionary(props.lang);
  const t = d.sessions.mail;
  const promotion = props.kind === 'session_promotion';
  const heading = promotion ? t.promotion.heading : t.changed.heading;
  const online = props.attendance.mode === 'online';
  return (
    <MailLayout lang={props.lang} preview={`${heading}: ${props.eventTitle}`}>
      <Heading as="h1" style={h1Style}>
        {heading}
      </Heading>
      <Text>{props.greeting}</Text>
      {promotion && props.session ? (
        <>
          <Text>
            <strong>{fill(t.promotion.intro, { session: props.session.title })}</strong>
          </Text>
          <Text>
            {[props.session.when, props.session.room ? fill(d.sessions.form.room, { room: props.session.room }) : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text>{fill(t.promotion.event, { event: props.eventTitle })}</Text>
        </>
      ) : (
        <>
          <Text>{fill(t.changed.intro, { event: props.eventTitle })}</Text>
          <Text>
            <strong>{fill(t.changed.mode, { mode: d.sessions.mode[props.attendance.mode] })}</strong>
          </Text>
        </>
      )}
      <EventDetails
        lang={props.lang}
        when={props.when}
        venue={attendanceVenue(props.lang, props.venue, props.attendance)}
      />
      {props.attendance.join ? <JoinBlock lang={props.lang} join={props.attendance.join} /> : null}
      {online ? null : (
        <SessionsBlock
          lang={props.lang}
          sessions={props.attendance.sessions}
          emptyText={promotion ? undefined : t.changed.noSessions}
        />
      )}
      {!online && props.ticket ? <TicketBlock lang={props.lang} {...props.ticket} /> : null}
      {!online && !props.ticket && !promotion ? <Text>{t.changed.ticket}</Text> : null}
      <ManageBlock
        heading={t.manage}
        hint={online ? d.mail.registration.manageHintOnline : d.mail.registration.manageHint}
        linkText={t.manageLink}
        url={props.manageUrl}
      />
      <EventPageLink url={props.eventUrl} text={d.mail.registration.event} />
    </MailLayout>
  );
}

BookingUpdate.PreviewProps = {
  ...previewSample,
  lang: 'de',
  kind: 'session_promotion',
  session: { title: 'Workshop: KI im Mittelstand', when: '13:00–14:30 Uhr', room: 'Li110' },
  attendance: {
    mode: 'onsite',
    join: null,
    sessions: [{ title: 'Workshop: KI im Mittelstand', when: '13:00–14:30 Uhr', room: 'Li110', waitlisted: false }],
  },
  ticket: null,
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies BookingUpdateProps;
