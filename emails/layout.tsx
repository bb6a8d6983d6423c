import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { appUrl } from '@/lib/mail/compose/shared';

const body = { backgroundColor: '#f4f5f7', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1a1a1a', margin: 0 };
const container = { backgroundColor: '#ffffff', maxWidth: '600px', margin: '24px auto', padding: '24px 32px' };
const footer = { color: '#555555', fontSize: '12px', lineHeight: '18px' };
const footerLink = { color: '#555555', textDecoration: 'underline' };

/** Common frame for all mails: language, preview text, a white card and the footer with the legal links. */
export function MailLayout(props: { lang: Locale; preview: string; children: ReactNode }) {
  const t = getDictionary(props.lang).mail;
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          {props.children}
          <Hr />
          <Section>
            <Text style={footer}>{t.footer}</Text>
            <Text style={footer}>
              <Link href={appUrl('/impressum')} style={footerLink}>
                {t.legal.imprint}
              </Link>
              {' · '}
              <Link href={appUrl('/datenschutz')} style={footerLink}>
                {t.legal.privacy}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
