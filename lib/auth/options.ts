import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { recordAudit } from '@/lib/audit/service';
import { sendSignInMail } from '@/lib/mail/sign-in-mail';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS, withSessionLimits } from './sessions';

export const MAGIC_LINK_MINUTES = 15;

/** Whether this address may sign in: listed in ADMIN_EMAILS, or invited by an admin and not disabled. */
export async function isAllowedToSignIn(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const normalized = email.trim().toLowerCase();
  if (env.ADMIN_EMAILS.includes(normalized)) return true;
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { invitedAt: true, disabledAt: true },
  });
  return !!user?.invitedAt && !user.disabledAt;
}

export const authOptions: NextAuthOptions = {
  // The adapter types target @prisma/client; our generated client has the same model API.
  adapter: withSessionLimits(PrismaAdapter(db as never)),
  secret: env.AUTH_SECRET,
  session: { strategy: 'database', maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_UPDATE_SECONDS },
  pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
  providers: [
    EmailProvider({
      // Unused: sendVerificationRequest below sends through the app's own mailer.
      server: 'smtp://localhost:25',
      from: env.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      async sendVerificationRequest({ identifier, url }) {
        // Unknown addresses get the same "check your mail" page, so the page reveals nobody's role.
        if (!(await isAllowedToSignIn(identifier))) {
          console.info(`[auth] sign-in link not sent: ${identifier} is not allowed`);
          return;
        }
        await sendSignInMail(identifier, url, MAGIC_LINK_MINUTES);
      },
    }),
  ],
  callbacks: {
    // The request step always passes (see above); the link itself only works for allowed addresses.
    signIn: async ({ user, email }) => (email?.verificationRequest ? true : isAllowedToSignIn(user.email)),
    session: ({ session, user }) => ({ ...session, user: { ...session.user, id: user.id } }),
  },
  events: {
    // The magic link was used: remember when, and keep it in the audit log (the address is the actor, nothing else).
    async signIn({ user }) {
      if (!user.email) return;
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(tx, {
          actor: user.email!,
          action: 'auth.sign-in',
          summary: 'Anmeldung per Anmeldelink.',
          details: { userId: user.id },
        });
      });
    },
  },
};
