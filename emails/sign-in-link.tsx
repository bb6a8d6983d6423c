import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { ActionLink, h1Style, hintStyle } from './parts';

export interface SignInLinkProps {
  lang: Locale;
  url: string;
  validMinutes: number;
}

/** The magic-link sign-in mail for organizers. */
export default function SignInLink({ lang, url, validMinutes }: SignInLinkProps) {
  const t = getDictionary(lang).mail.signIn;
  return (
    <MailLayout lang={lang} preview={t.subject}>
      <Heading as="h1" style={h1Style}>
        {t.heading}
      </Heading>
      <Text>{fill(t.intro, { minutes: validMinutes })}</Text>
      <ActionLink href={url} label={t.button} fallback={t.fallback} />
      <Text style={hintStyle}>{t.ignore}</Text>
    </MailLayout>
  );
}

SignInLink.PreviewProps = {
  lang: 'de',
  url: 'http://localhost:3000/api/auth/callback/email?token=example',
  validMinutes: 15,
} satisfies SignInLinkProps;
