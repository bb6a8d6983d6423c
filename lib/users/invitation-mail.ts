import UserInvitation from '@/emails/user-invitation';
import type { ComposedMail } from '@/lib/mail/compose/types';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderMail } from '@/lib/mail/render';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

type Composition = { mail: ComposedMail; to: string } | { skip: string };

/**
 * The invitation an outbox row of kind "invitation" stands for, composed from the user as they are now: a user
 * disabled or no longer invited in the meantime gets nothing, and a changed role is the one the mail names.
 */
export async function composeInvitationOutboxMail(row: { recipient: string }): Promise<Composition> {
  const user = await db.user.findUnique({
    where: { email: row.recipient },
    select: { role: true, invitedAt: true, invitedBy: true, disabledAt: true },
  });
  if (!user?.invitedAt || user.disabledAt) return { skip: 'Der Zugang ist nicht mehr eingeladen oder gesperrt.' };
  const signInUrl = new URL('/signin', env.APP_URL).toString();
  // German, like the sign-in mail: accounts keep no language.
  const lang = 'de';
  const t = getDictionary(lang);
  const { html, text } = await renderMail(
    UserInvitation({ lang, signInUrl, roleLabel: t.dashboard.roles[user.role], invitedBy: user.invitedBy }),
  );
  return { to: row.recipient, mail: { subject: t.mail.invitation.subject, html, text, attachments: [] } };
}
