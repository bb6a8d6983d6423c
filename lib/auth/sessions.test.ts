import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { inviteUser, setUserDisabled } from '@/lib/users/service';
import { isAllowedToSignIn } from './allowed';
import { authOptions } from './options';

// next-auth's core handler (behind /api/auth/*) is not in its package exports; load the file itself.
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve(import.meta.dirname, '../../node_modules/next-auth/core/index.js'),
) as {
  AuthHandler: (params: { options: unknown; req: unknown }) => Promise<{ body?: unknown; redirect?: string }>;
};

const HOUR = 60 * 60 * 1000;
const unique = () => randomBytes(5).toString('hex');

async function userWithSession(createdAgoMs: number) {
  const user = await db.user.create({
    data: { email: `session-${unique()}@example.test`, role: 'organizer', invitedAt: new Date() },
  });
  const sessionToken = randomBytes(32).toString('hex');
  await db.session.create({
    data: {
      sessionToken,
      userId: user.id,
      expires: new Date(Date.now() + 8 * HOUR),
      createdAt: new Date(Date.now() - createdAgoMs),
    },
  });
  return { user, sessionToken };
}

/** Runs next-auth's real request handler (the one behind /api/auth/*) on an internal request. */
function nextAuth(
  action: 'session' | 'signout',
  method: 'GET' | 'POST',
  cookies: Record<string, string>,
  body: Record<string, string> = {},
) {
  return AuthHandler({
    options: authOptions,
    req: { action, method, headers: { host: 'localhost:3000' }, cookies, body, query: {} } as never,
  });
}

function csrfPair() {
  const token = randomBytes(32).toString('hex');
  const hash = createHash('sha256').update(`${token}${env.AUTH_SECRET}`).digest('hex');
  return { token, cookie: `${token}|${hash}` };
}

describe('sessions', () => {
  it('ends a session past SESSION_MAX_HOURS however active it is, and deletes its row', async () => {
    expect(env.SESSION_MAX_HOURS).toBe(24);
    const fresh = await userWithSession(23 * HOUR);
    const old = await userWithSession(25 * HOUR);
    const freshAnswer = await nextAuth('session', 'GET', { 'next-auth.session-token': fresh.sessionToken });
    expect((freshAnswer.body as { user?: { email?: string } }).user?.email).toBe(fresh.user.email);
    const oldAnswer = await nextAuth('session', 'GET', { 'next-auth.session-token': old.sessionToken });
    expect(oldAnswer.body).toEqual({});
    expect(await db.session.count({ where: { sessionToken: old.sessionToken } })).toBe(0);
    expect(await db.session.count({ where: { sessionToken: fresh.sessionToken } })).toBe(1);
  });

  it('signing out deletes the session row on the server', async () => {
    const { sessionToken } = await userWithSession(HOUR);
    const csrf = csrfPair();
    const answer = await nextAuth(
      'signout',
      'POST',
      { 'next-auth.session-token': sessionToken, 'next-auth.csrf-token': csrf.cookie },
      { csrfToken: csrf.token },
    );
    expect(answer.redirect).toBeTruthy();
    expect(await db.session.count({ where: { sessionToken } })).toBe(0);
  });

  it('disabling a user ends every session at once and refuses new sign-ins', async () => {
    const { user, sessionToken } = await userWithSession(HOUR);
    const second = randomBytes(32).toString('hex');
    await db.session.create({ data: { sessionToken: second, userId: user.id, expires: new Date(Date.now() + HOUR) } });
    const admin = { id: 'admin-id', email: `admin-${unique()}@example.test` };
    await setUserDisabled(admin, { userId: user.id, disabled: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await isAllowedToSignIn(user.email)).toBe(false);
    // A session row that survived somehow (e.g. written concurrently) is refused and removed on lookup.
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + HOUR) } });
    expect((await nextAuth('session', 'GET', { 'next-auth.session-token': sessionToken })).body).toEqual({});
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'user.disable', actor: admin.email } });
    expect(audit.details).toMatchObject({ userId: user.id, endedSessions: 2 });
  });

  it('an invitation lets the address sign in with the magic link, and the sign-in is recorded', async () => {
    const email = `invitee-${unique()}@example.test`;
    expect(await isAllowedToSignIn(email)).toBe(false);
    const actor = `admin-${unique()}@example.test`;
    const { id } = await inviteUser(actor, { email, role: 'staff' });
    expect(await isAllowedToSignIn(email.toUpperCase())).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ role: 'staff', invitedBy: actor });
    expect(await authOptions.callbacks!.signIn!({ user, account: null, email: {} } as never)).toBe(true);
    await authOptions.events!.signIn!({ user, account: null, isNewUser: false } as never);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).lastSignInAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: 'user.invite', actor } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in', actor: email } })).toBe(1);
  });
});
