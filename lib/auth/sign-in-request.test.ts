import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '@/test/log-lines';

// The request must never talk to SMTP itself: any call here fails the tests below.
const sendMail = vi.hoisted(() => vi.fn(async () => ({ messageId: '<unexpected@test>' })));
vi.mock('@/lib/server/mailer', () => ({ sendMail }));

const { db } = await import('@/lib/server/db');
const { env } = await import('@/lib/server/env');
const { authOptionsFor } = await import('./options');
const { verificationTokenCleanupJob } = await import('./jobs');
const { registeredJobs } = await import('@/lib/jobs/registry');
const { openLink } = await import('./sign-in-crypto');
const { SIGN_IN_ADDRESS_LIMIT } = await import('./sign-in-request');

// next-auth's core handler (behind /api/auth/*) and its token hash are not in its package exports.
const load = createRequire(import.meta.url);
const core = path.resolve(import.meta.dirname, '../../node_modules/next-auth/core');
const { AuthHandler } = load(`${core}/index.js`) as {
  AuthHandler: (params: { options: unknown; req: unknown }) => Promise<{ redirect?: string; cookies?: unknown[] }>;
};
const { hashToken } = load(`${core}/lib/utils.js`) as {
  hashToken: (token: string, options: { provider: { secret?: string }; secret?: string }) => string;
};

const unique = () => randomBytes(5).toString('hex');
const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

async function invitedAddress(): Promise<string> {
  const email = `signin-${unique()}@example.test`;
  await db.user.create({ data: { email, role: 'organizer', invitedAt: new Date() } });
  return email;
}

/** POST /api/auth/signin/email through next-auth's real handler, as a browser from `ip` sends it. */
function requestLink(email: string, ip: string) {
  const token = randomBytes(32).toString('hex');
  const cookie = `${token}|${createHash('sha256').update(`${token}${env.AUTH_SECRET}`).digest('hex')}`;
  return AuthHandler({
    options: authOptionsFor({ ip }),
    req: {
      action: 'signin',
      providerId: 'email',
      method: 'POST',
      headers: { host: 'localhost:3000' },
      cookies: { 'next-auth.csrf-token': cookie },
      body: { email, csrfToken: token, callbackUrl: 'http://localhost:3000/dashboard' },
      query: {},
    },
  });
}

const signInMails = (recipient: string) => db.outboxMail.findMany({ where: { recipient, kind: 'sign_in' } });
const tokensOf = (identifier: string) => db.verificationToken.findMany({ where: { identifier } });

afterEach(() => {
  vi.restoreAllMocks();
  sendMail.mockClear();
});

describe('requesting a sign-in link', () => {
  it('queues the link in the outbox without calling SMTP, and answers an unknown address alike with nothing written', async () => {
    const known = await invitedAddress();
    const unknown = `nobody-${unique()}@example.test`;
    const ip = randomIp();
    const knownAnswer = await requestLink(known, ip);
    const unknownAnswer = await requestLink(unknown, ip);

    expect(knownAnswer.redirect).toMatch(/\/api\/auth\/verify-request\?provider=email&type=email$/);
    expect(unknownAnswer).toEqual(knownAnswer);
    expect(sendMail).not.toHaveBeenCalled();

    const [mail, ...more] = await signInMails(known);
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ status: 'queued', attempts: 0 });
    // The outbox holds the link sealed, and only the token's hash is stored, the way next-auth's callback looks it up.
    const link = new URL(openLink(mail!.variant!)!);
    expect(mail!.variant).not.toContain(link.searchParams.get('token'));
    expect(link.pathname).toBe('/api/auth/callback/email');
    expect(link.searchParams.get('email')).toBe(known);
    const [stored] = await tokensOf(known);
    expect(stored!.token).toBe(hashToken(link.searchParams.get('token')!, { provider: {}, secret: env.AUTH_SECRET }));

    const [job] = await db.$queryRaw<{ priority: number; retry_limit: number }[]>`
      SELECT priority, retry_limit FROM pgboss.job WHERE id = ${mail!.id}::uuid`;
    expect(job).toEqual({ priority: 20, retry_limit: 4 });

    expect(await signInMails(unknown)).toHaveLength(0);
    expect(await tokensOf(unknown)).toHaveLength(0);
  });

  it('sends at most 5 links per address in 15 minutes, whichever addresses ask, with the same answer', async () => {
    expect(SIGN_IN_ADDRESS_LIMIT).toEqual({ limit: 5, windowSeconds: 900 });
    const email = await invitedAddress();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await requestLink(email, randomIp()));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await signInMails(email)).toHaveLength(5);
    expect(await tokensOf(email)).toHaveLength(5);
  });

  it('refuses links beyond the per-IP limit, for any address, with the same answer', async () => {
    const ip = randomIp();
    const { limit } = env.SIGNIN_RATE_LIMIT;
    for (let i = 0; i < limit; i++) await requestLink(`probe-${unique()}@example.test`, ip);
    const email = await invitedAddress();
    const answer = await requestLink(email, ip);
    expect(answer.redirect).toContain('/verify-request');
    expect(await signInMails(email)).toHaveLength(0);
    expect(await tokensOf(email)).toHaveLength(0);
    // Another client still gets its link.
    await requestLink(email, randomIp());
    expect(await signInMails(email)).toHaveLength(1);
  });

  it("refuses a malformed address (NUL, control characters) with next-auth's error page instead of a 500", async () => {
    const errorLines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errorLines.push(args.join(' ')));
    for (const email of [`nul\u0000-${unique()}@example.test`, `esc\u001b-${unique()}@example.test`, 'no-domain']) {
      const answer = await requestLink(email, randomIp());
      expect(answer.redirect).toMatch(/\/api\/auth\/error\?error=EmailSignin$/);
      expect(errorLines.join('\n')).not.toContain(email.split('@')[0]!);
    }
    expect(sendMail).not.toHaveBeenCalled();
  });

  it('logs refused addresses only masked', async () => {
    const lines: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    const unknown = `Secret.Person-${unique()}@example.test`;
    const limited = await invitedAddress();
    const logs = captureLogs();
    try {
      await requestLink(unknown, randomIp());
      for (let i = 0; i < 6; i++) await requestLink(limited, randomIp());
    } finally {
      logs.restore();
    }
    lines.push(...logs.text().split('\n'));
    expect(lines.filter((l) => l.includes('"component":"auth"') && l.includes('sign-in link not sent'))).toHaveLength(
      2,
    );
    for (const address of [unknown.toLowerCase(), limited]) {
      expect(lines.filter((l) => l.toLowerCase().includes(address))).toEqual([]);
      expect(lines.filter((l) => l.toLowerCase().includes(address.split('@')[0]!))).toEqual([]);
    }
  });
});

describe('expired sign-in tokens', () => {
  it('are deleted by the scheduled cleanup job, and unexpired ones kept', async () => {
    expect(registeredJobs).toContain(verificationTokenCleanupJob);
    expect(verificationTokenCleanupJob.schedule?.cron).toBe('*/15 * * * *');
    const identifier = `tokens-${unique()}@example.test`;
    const minute = 60_000;
    await db.verificationToken.createMany({
      data: [
        { identifier, token: `old-${unique()}`, expires: new Date(Date.now() - minute) },
        { identifier, token: `fresh-${unique()}`, expires: new Date(Date.now() + 10 * minute) },
      ],
    });
    const runner = await verificationTokenCleanupJob.load();
    await runner.run({} as never, { log: () => undefined });
    const left = await tokensOf(identifier);
    expect(left.map((t) => t.token.split('-')[0])).toEqual(['fresh']);
  });
});
