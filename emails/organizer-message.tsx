import { Heading, Link, Text } from '@react-email/components';
import { Fragment } from 'react';
import { linkifyText } from '@/lib/dev-mail/content';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { h1Style, hintStyle, linkStyle, ManageBlock } from './parts';

export interface OrganizerMessageProps {
  lang: Locale;
  /** The salutation line (lib/mail/salutation.ts); null when the body brings the organizer's own. */
  greeting: string | null;
  eventTitle: string;
  when: string;
  /** The organizers' subject line, shown as heading. */
  subject: string;
  /** Plain text as typed: blank lines separate paragraphs, single newlines break lines. */
  body: string;
  manageUrl: string;
}

/** Paragraphs of the plain-text body; React escapes every piece, so markup in the body stays text. */
export function bodyParagraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => p.split('\n'));
}

function Line({ line }: { line: string }) {
  return (
    <>
      {linkifyText(line).map((s, i) =>
        s.type === 'link' ? (
          <Link key={i} href={s.href} style={linkStyle}>
            {s.href}
          </Link>
        ) : (
          <Fragment key={i}>{s.value}</Fragment>
        ),
      )}
    </>
  );
}

/** An organizer's free-text message to one attendee, framed with salutation and the manage link. */
export default function OrganizerMessage(props: OrganizerMessageProps) {
  const t = getDictionary(props.lang).mail.organizerMessage;
  return (
    <MailLayout lang={props.lang} preview={props.subject}>
      <Heading as="h1" style={h1Style}>
        {props.subject}
      </Heading>
      <Text style={hintStyle}>{fill(t.about, { event: props.eventTitle, when: props.when })}</Text>
      {props.greeting ? <Text>{props.greeting}</Text> : null}
      {bodyParagraphs(props.body).map((lines, i) => (
        <Text key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              <Line line={line} />
            </Fragment>
          ))}
        </Text>
      ))}
      <ManageBlock heading={t.manage} hint={t.manageHint} linkText={t.manageLink} url={props.manageUrl} />
    </MailLayout>
  );
}

OrganizerMessage.PreviewProps = {
  lang: 'de',
  greeting: 'Sehr geehrte Frau Mustermann,',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  subject: 'Raumänderung am Nachmittag',
  body: 'die Workshops am Nachmittag finden im Seminarraum statt.\nDer Weg ist ausgeschildert.\n\nDas Programm: https://www.htwk-leipzig.de/',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies OrganizerMessageProps;
