import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

const body = { backgroundColor: '#f4f5f7', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1a1a1a', margin: 0 };
const container = { backgroundColor: '#ffffff', maxWidth: '600px', margin: '24px auto', padding: '24px 32px' };
const footer = { color: '#555555', fontSize: '12px', lineHeight: '18px' };

/** Common frame for all mails: language, preview text, a white card and the footer. */
export function MailLayout(props: { lang: Locale; preview: string; children: ReactNode }) {
  return (
    <Html lang={props.lang}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          {props.children}
          <Hr />
          <Section>
            <Text style={footer}>{getDictionary(props.lang).mail.footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
