import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { createTestEvent } from '@/test/factories';
import { logStatements } from '@/test/statement-log';
import { canCheckIn } from './guards';
import { loadSessionUser, sessionCookieName } from './session-lookup';
import { SESSION_IDLE_SECONDS } from './sessions';

const sent = logStatements();

const HOUR = 3600_000;
const unique = () => randomBytes(5).toString('hex');

async function session(
  user: { role?: 'staff' | 'organizer' | 'admin'; invited?: boolean; disabled?: boolean; email?: string } = {},
  row: { createdAgo?: number; expiresIn?: number } = {},
) {
  const created = await db.user.create({
    data: {
      email: user.email ?? `lookup-${unique()}@example.test`,
      role: user.role ?? 'staff',
      invitedAt: user.invited === false ? null : new Date(),
      disabledAt: user.disabled ? new Date() : null,
    },
  });
  const token = randomBytes(32).toString('hex');
  await db.session.create({
    data: {
      sessionToken: token,
      userId: created.id,
      createdAt: new Date(Date.now() - (row.createdAgo ?? HOUR)),
      expires: new Date(Date.now() + (row.expiresIn ?? SESSION_IDLE_SECONDS * 1000 - 5 * 60_000)),
    },
  });
  return { user: created, token };
}

const rowOf = (token: string) => db.session.findUnique({ where: { sessionToken: token } });
describe('loadSessionUser', () => {
  it('returns null for an expired session', async () => {
    const { token } = await session({}, { expiresIn: -60_000 });
    expect(await loadSessionUser(token)).toBeNull();
  });

  it('deletes a session past SESSION_MAX_HOURS however recently it was used', async () => {
    const young = await session({}, { createdAgo: (env.SESSION_MAX_HOURS - 1) * HOUR });
    const old = await session({}, { createdAgo: (env.SESSION_MAX_HOURS + 1) * HOUR });
    expect((await loadSessionUser(young.token))?.id).toBe(young.user.id);
    expect(await loadSessionUser(old.token)).toBeNull();
    expect(await rowOf(old.token)).toBeNull();
    expect(await rowOf(young.token)).not.toBeNull();
  });

  it('deletes the session of a disabled user', async () => {
    const { token } = await session({ disabled: true, role: 'admin' });
    expect(await loadSessionUser(token)).toBeNull();
    expect(await rowOf(token)).toBeNull();
  });

  it('makes an ADMIN_EMAILS address an admin whatever the stored role, even uninvited', async () => {
    const email = `bootstrap-${unique()}@example.test`;
    env.ADMIN_EMAILS.push(email);
    try {
      const { token } = await session({ email, role: 'staff', invited: false });
      expect(await loadSessionUser(token)).toMatchObject({ email, role: 'admin' });
    } finally {
      env.ADMIN_EMAILS.splice(env.ADMIN_EMAILS.indexOf(email), 1);
    }
  });

  it('refuses a user who is neither bootstrapped nor invited', async () => {
    const { token } = await session({ role: 'organizer', invited: false });
    expect(await loadSessionUser(token)).toBeNull();
    expect(await rowOf(token)).not.toBeNull();
  });

  it('loads the staff assignments, which canCheckIn then uses without a query', async () => {
    const [assigned, other, third] = await Promise.all([createTestEvent(), createTestEvent(), createTestEvent()]);
    const { user, token } = await session({ role: 'staff' });
    await db.staffAssignment.createMany({
      data: [assigned, third].map((event) => ({ userId: user.id, eventId: event.id })),
    });
    const loaded = (await loadSessionUser(token))!;
    expect([...loaded.staffEventIds].sort()).toEqual([assigned.id, third.id].sort());
    const checks = await sent(async () => {
      expect(await canCheckIn(loaded, assigned.id)).toBe(true);
      expect(await canCheckIn(loaded, other.id)).toBe(false);
      expect(await canCheckIn({ ...loaded, role: 'organizer', staffEventIds: [] }, other.id)).toBe(true);
    });
    expect(checks).toEqual([]);
  });

  it('moves the inactivity expiry forward only when the last move is 15 minutes old', async () => {
    const idle = SESSION_IDLE_SECONDS * 1000;
    const recent = await session({}, { expiresIn: idle - 10 * 60_000 });
    const due = await session({}, { expiresIn: idle - 20 * 60_000 });
    const before = { recent: (await rowOf(recent.token))!.expires, due: (await rowOf(due.token))!.expires };

    expect(await sent(() => loadSessionUser(recent.token))).toHaveLength(1);
    expect((await rowOf(recent.token))!.expires).toEqual(before.recent);

    const started = Date.now();
    const writes = await sent(() => loadSessionUser(due.token));
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/^\s*UPDATE "Session"/);
    const moved = (await rowOf(due.token))!.expires.getTime();
    expect(moved).toBeGreaterThanOrEqual(started + idle - 1000);
    expect(moved).toBeLessThanOrEqual(Date.now() + idle + 1000);
    // Now it is fresh again: the next lookup writes nothing.
    expect(await sent(() => loadSessionUser(due.token))).toHaveLength(1);
  });
});

describe('sessionCookieName', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['NEXTAUTH_URL', 'AUTH_TRUST_HOST', 'VERCEL']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('follows next-auth: __Secure- exactly when the origin is https', () => {
    const plain = new Headers({ host: 'door.example.org', 'x-forwarded-proto': 'https' });
    delete process.env.AUTH_TRUST_HOST;
    delete process.env.VERCEL;
    delete process.env.NEXTAUTH_URL;
    expect(sessionCookieName(plain)).toBe('next-auth.session-token');
    process.env.NEXTAUTH_URL = 'https://tagung.example.org';
    expect(sessionCookieName(plain)).toBe('__Secure-next-auth.session-token');
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    expect(sessionCookieName(plain)).toBe('next-auth.session-token');
    delete process.env.NEXTAUTH_URL;
    process.env.AUTH_TRUST_HOST = '1';
    expect(sessionCookieName(plain)).toBe('__Secure-next-auth.session-token');
    expect(sessionCookieName(new Headers({ host: 'x', 'x-forwarded-proto': 'http' }))).toBe('next-auth.session-token');
  });
});
