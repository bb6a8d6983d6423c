import { Heading, Link, Section, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { MailAttendance, MailSession } from '@/lib/mail/compose/types';
import { h2Style, linkStyle } from './parts';

// Pieces of the mails that depend on how the person attends: the join link online, the workshops on site.

/** The personal join link (never the stream URL itself) with the time it starts to lead to the stream. */
export function JoinBlock(props: { lang: Locale; join: NonNullable<MailAttendance['join']> }) {
  const t = getDictionary(props.lang).sessions.mail;
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {t.joinHeading}
      </Heading>
      <Text>{fill(t.joinRelease, { time: props.join.releaseAt })}</Text>
      <Text>
        <Link href={props.join.url} style={linkStyle}>
          {t.joinLink}
        </Link>
      </Text>
    </Section>
  );
}

/** The booked workshops (and waiting lists) in time order; nothing when there are none. */
export function SessionsBlock(props: { lang: Locale; sessions: MailSession[]; emptyText?: string }) {
  const t = getDictionary(props.lang).sessions;
  if (props.sessions.length === 0 && !props.emptyText) return null;
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {t.mail.sessionsHeading}
      </Heading>
      {props.sessions.length === 0 ? <Text>{props.emptyText}</Text> : null}
      {props.sessions.map((s) => (
        <Text key={`${s.when}-${s.title}`}>
          <strong>{s.title}</strong> {s.waitlisted ? t.mail.sessionWaitlisted : null}
          <br />
          {[s.when, s.room ? fill(t.form.room, { room: s.room }) : null].filter(Boolean).join(' · ')}
        </Text>
      ))}
    </Section>
  );
}

/** The "where" lines of the event details: the venue on site, the stream online. */
export function attendanceVenue(lang: Locale, venue: string[], attendance: MailAttendance | null | undefined) {
  return attendance?.mode === 'online' ? [getDictionary(lang).sessions.mail.onlineWhere] : venue;
}
