import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { ActionLink, hintStyle } from './parts';

export interface NewsletterConfirmationProps {
  lang: Locale;
  /** The salutation line (lib/mail/salutation.ts). */
  greeting: string;
  eventTitle: string;
  confirmUrl: string;
}

/** The double opt-in mail for the newsletter: one link to a page that confirms with a button (never on GET). */
export default function NewsletterConfirmation({
  lang,
  greeting,
  eventTitle,
  confirmUrl,
}: NewsletterConfirmationProps) {
  const t = getDictionary(lang).mail.newsletter;
  return (
    <MailLayout lang={lang} preview={t.preview}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t.heading}
      </Heading>
      <Text>{greeting}</Text>
      <Text>{fill(t.intro, { event: eventTitle })}</Text>
      <ActionLink href={confirmUrl} label={t.button} fallback={t.fallback} />
      <Text style={hintStyle}>{t.ignore}</Text>
    </MailLayout>
  );
}

NewsletterConfirmation.PreviewProps = {
  lang: 'de',
  greeting: 'Sehr geehrte Frau Mustermann,',
  eventTitle: 'Beispielveranstaltung',
  confirmUrl: 'http://localhost:3000/newsletter/example-token',
} satisfies NewsletterConfirmationProps;
