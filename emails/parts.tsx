import { Button, Heading, Img, Link, Section, Text } from '@react-email/components';
import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Segment } from '@/lib/mail-texts/placeholders';
import { getDictionary } from '@/lib/i18n/dictionaries';

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

/** Date, time and the venue with room and address, one line each. */
export function EventDetails(props: { lang: Locale; when: string; venue: string[]; heading?: string }) {
  const t = getDictionary(props.lang).mail.details;
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
export function TicketBlock(props: { lang: Locale; qrSrc: string; ticketCodeFormatted: string; ticketUrl: string }) {
  const t = getDictionary(props.lang).mail.ticket;
  return (
    <Section>
      <Heading as="h2" style={h2Style}>
        {t.heading}
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

/** The closing link back to the event page. */
export function EventPageLink(props: { url: string; text: string }) {
  return (
    <Text>
      <Link href={props.url} style={linkStyle}>
        {props.text}
      </Link>
    </Text>
  );
}

/** An organizer's own wording (lib/mail-texts): paragraphs of plain text, bold and web links, all escaped by React. */
export function CustomBody({ paragraphs }: { paragraphs: Segment[][][] }) {
  return (
    <>
      {paragraphs.map((lines, i) => (
        <Text key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line.map((s, k) =>
                s.type === 'link' ? (
                  <Link key={k} href={s.href} style={linkStyle}>
                    {s.text}
                  </Link>
                ) : s.type === 'bold' ? (
                  <strong key={k}>{s.value}</strong>
                ) : (
                  <Fragment key={k}>{s.value}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  );
}

const buttonStyle = { backgroundColor: '#0b5394', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' };

/** A button for the one thing the mail asks for, and the address spelled out for mail clients that drop buttons. */
export function ActionLink(props: { href: string; label: string; fallback: string }) {
  return (
    <>
      <Button href={props.href} style={buttonStyle}>
        {props.label}
      </Button>
      <Text style={hintStyle}>
        {props.fallback}
        <br />
        {props.href}
      </Text>
    </>
  );
}
