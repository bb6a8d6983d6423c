import { randomBytes } from 'node:crypto';
import { sessionCookieName } from '@/lib/auth/session-lookup';
import { db } from '@/lib/server/db';

/** A real session row for the user, as the Cookie header a signed-in browser sends (the guards look it up). */
export async function sessionCookieFor(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString('hex');
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 8 * 3600_000) } });
  return `${sessionCookieName(new Headers())}=${sessionToken}`;
}
