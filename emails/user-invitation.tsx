import { Heading, Text } from '@react-email/components';
import { fill, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { MailLayout } from './layout';
import { ActionLink, h1Style } from './parts';

export interface UserInvitationProps {
  lang: Locale;
  /** The sign-in page; the magic link itself is requested there, since an invitation may wait for days. */
  signInUrl: string;
  roleLabel: string;
  /** The inviting admin's address; null when unknown. */
  invitedBy: string | null;
}

/** An admin invited this address to the organizers' dashboard. */
export default function UserInvitation({ lang, signInUrl, roleLabel, invitedBy }: UserInvitationProps) {
  const t = getDictionary(lang).mail.invitation;
  return (
    <MailLayout lang={lang} preview={t.subject}>
      <Heading as="h1" style={h1Style}>
        {t.subject}
      </Heading>
      <Text>{fill(t.intro, { invitedBy: invitedBy ?? t.invitedByFallback, role: roleLabel })}</Text>
      <Text>{t.howTo}</Text>
      <ActionLink href={signInUrl} label={t.button} fallback={t.fallback} />
    </MailLayout>
  );
}

UserInvitation.PreviewProps = {
  lang: 'de',
  signInUrl: 'http://localhost:3000/signin',
  roleLabel: 'Organisation',
  invitedBy: 'admin@example.org',
} satisfies UserInvitationProps;
