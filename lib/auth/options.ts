import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import EmailProvider from 'next-auth/providers/email';
import { recordAudit } from '@/lib/audit/service';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { isAllowedToSignIn, normalizeSignInAddress } from './allowed';
import { MAGIC_LINK_MINUTES, requestSignInMail } from './sign-in-request';
import { SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS, withSessionLimits } from './sessions';

/** Who asked for a sign-in link; the route handler fills it in per request. */
export interface SignInClient {
  ip: string;
}

/** The options for one request: the sign-in provider counts the client's requests against its limit. */
export function authOptionsFor(client: SignInClient): NextAuthOptions {
  return { ...baseOptions, providers: [emailProvider(client)] };
}

const baseOptions: Omit<NextAuthOptions, 'providers'> = {
  // The adapter types target @prisma/client; our generated client has the same model API.
  adapter: withoutTokenWrites(withSessionLimits(PrismaAdapter(db as never))),
  secret: env.AUTH_SECRET,
  session: { strategy: 'database', maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_UPDATE_SECONDS },
  pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
  callbacks: {
    // The request step always passes (see requestSignInMail); the link itself only works for allowed addresses.
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

function emailProvider(client: SignInClient) {
  return EmailProvider({
    // Unused: sendVerificationRequest below puts the mail into the outbox.
    server: 'smtp://localhost:25',
    from: env.MAIL_FROM,
    maxAge: MAGIC_LINK_MINUTES * 60,
    normalizeIdentifier: normalizeSignInAddress,
    // Resolves the same way for every address, limited or not; see requestSignInMail.
    async sendVerificationRequest({ identifier, token, url, expires }) {
      await requestSignInMail({ identifier, token, url, expires, ip: client.ip });
    },
  });
}

/**
 * requestSignInMail writes the token row itself, together with the mail and only for an allowed address
 * within the limits; next-auth's own write, run side by side with it, would store one for every request.
 */
function withoutTokenWrites(adapter: Adapter): Adapter {
  return { ...adapter, createVerificationToken: async (token) => token };
}

/** Sessions and the callback; sign-in requests go through authOptionsFor, which knows the client. */
export const authOptions: NextAuthOptions = authOptionsFor({ ip: 'unknown' });
