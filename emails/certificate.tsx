import { Heading, Text } from '@react-email/components';
import { Fragment } from 'react';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { h1Style, hintStyle, ManageBlock } from './parts';

export interface CertificateMailProps {
  lang: Locale;
  /** The formal salutation line (lib/mail/salutation.ts). */
  greeting: string;
  eventTitle: string;
  when: string;
  manageUrl: string;
}

/** The certificate of attendance mail: the PDF travels as attachment, the manage link lets people fetch it again. */
export default function CertificateMail(props: CertificateMailProps) {
  const t = getDictionary(props.lang).certificates.delivery;
  return (
    <MailLayout lang={props.lang} preview={t.mailHeading}>
      <Heading as="h1" style={h1Style}>
        {t.mailHeading}
      </Heading>
      <Text>{props.greeting}</Text>
      <Text>{fill(t.mailIntro, { event: props.eventTitle, when: props.when })}</Text>
      <Text style={hintStyle}>{t.mailVerify}</Text>
      <ManageBlock heading={t.mailManage} hint={t.mailManageHint} linkText={t.mailManageLink} url={props.manageUrl} />
      <Text>
        {t.mailClosing.split('\n').map((line, i) => (
          <Fragment key={line}>
            {i > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
    </MailLayout>
  );
}

CertificateMail.PreviewProps = {
  lang: 'de',
  greeting: 'Sehr geehrte Frau Dr. Mustermann,',
  eventTitle: '17. Mitteldeutsche Digitalisierungskonferenz (Beispielveranstaltung)',
  when: 'Donnerstag, 2. April 2026, 9:00–17:00 Uhr',
  manageUrl: 'http://localhost:3000/manage/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ',
} satisfies CertificateMailProps;
