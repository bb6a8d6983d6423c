import { Heading, Img, Link, Section, Text } from '@react-email/components';
import { Fragment } from 'react';

// Shared pieces of the event mails. Colours keep at least 4.5:1 contrast on white.
export const h1Style = { fontSize: '22px', lineHeight: '28px', margin: '0 0 16px' };
export const h2Style = { fontSize: '18px', lineHeight: '24px', margin: '24px 0 8px' };
export const linkStyle = { color: '#0b5394', textDecoration: 'underline' };
export const hintStyle = { fontSize: '13px', color: '#555555' };
const codeStyle = {
  fontFamily: 'Courier New, monospace',
  fontSize: '18px',
  letterSpacing: '1px',
  fontWeight: 'bold' as const,
};

/** "Guten Tag Erika Mustermann," / "Dear Erika Mustermann,". */
export function greeting(lang: 'de' | 'en', firstName: string, lastName: string): string {
  const name = `${firstName} ${lastName}`.trim();
  return lang === 'en' ? `Dear ${name},` : `Guten Tag ${name},`;
}

const labels = {
  de: {
    heading: 'Wann und wo',
    when: 'Wann',
    where: 'Wo',
    ticket: 'Ihr Ticket',
    qrAlt: 'QR-Code Ihres Tickets',
    code: 'Ticket-Code',
    open: 'Ticket im Browser öffnen',
    show: 'Bitte zeigen Sie diesen QR-Code beim Einlass vor, auf dem Smartphone oder ausgedruckt. Falls er nicht gelesen werden kann, nennen Sie den Ticket-Code.',
  },
  en: {
    heading: 'When and where',
    when: 'When',
    where: 'Where',
    ticket: 'Your ticket',
    qrAlt: 'QR code of your ticket',
    code: 'Ticket code',
    open: 'Open the ticket in the browser',
    show: 'Please show this QR code at the entrance, on your phone or printed. If it cannot be read, give the ticket code.',
  },
};

/** Date, time and the venue with room and address, one line each. */
export function EventDetails(props: { lang: 'de' | 'en'; when: string; venue: string[]; heading?: string }) {
  const t = labels[props.lang];
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {props.heading ?? t.heading}
      </Heading>
      <Text>
        <strong>{t.when}:</strong> {props.when}
      </Text>
      <Text>
        <strong>{t.where}:</strong>
        <br />
        {props.venue.map((line, i) => (
          <Fragment key={i}>
            {i > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
    </Section>
  );
}

/** The inline QR image (src is "cid:…") with the ticket code as fallback and a link to the ticket page. */
export function TicketBlock(props: {
  lang: 'de' | 'en';
  qrSrc: string;
  ticketCodeFormatted: string;
  ticketUrl: string;
}) {
  const t = labels[props.lang];
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {t.ticket}
      </Heading>
      <Text>{t.show}</Text>
      <Img src={props.qrSrc} width="220" height="220" alt={t.qrAlt} />
      <Text>
        {t.code}:<br />
        <span style={codeStyle}>{props.ticketCodeFormatted}</span>
      </Text>
      <Text>
        <Link href={props.ticketUrl} style={linkStyle}>
          {t.open}
        </Link>
      </Text>
    </Section>
  );
}

/** A heading, a hint and the personal manage link with a meaningful link text. */
export function ManageBlock(props: { heading: string; hint: string; linkText: string; url: string }) {
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {props.heading}
      </Heading>
      <Text>{props.hint}</Text>
      <Text>
        <Link href={props.url} style={linkStyle}>
          {props.linkText}
        </Link>
      </Text>
    </Section>
  );
}
