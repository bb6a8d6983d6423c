import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { sessionCookieFor } from '@/test/session-cookie';
import { ARGS, ctx } from './access-matrix-args';
import { QUERY_RULES, type AccessRule } from './access-rules';

// The role matrix: every exported server action and query × anonymous, staff (assigned / not assigned), organizer, admin.
// Callers are real session rows; each call is one request whose headers carry that session's cookie, so the guards'
// own session lookup runs. Like Next, the mock hands out one header object per request.
const state = vi.hoisted(() => ({ cookie: '', requestHeaders: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => state.requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const libDir = path.resolve(import.meta.dirname, '..');
const u = randomBytes(4).toString('hex');
ctx.unique = u;

type Caller = 'anonymous' | 'staff' | 'staffElsewhere' | 'organizer' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'staffElsewhere', 'staff', 'organizer', 'admin'];
const emails: Record<Exclude<Caller, 'anonymous'>, string> = {
  staff: `matrix-staff-${u}@example.test`,
  staffElsewhere: `matrix-staff2-${u}@example.test`,
  organizer: `matrix-orga-${u}@example.test`,
  admin: `matrix-admin-${u}@example.test`,
};
const userIds = {} as Record<Exclude<Caller, 'anonymous'>, string>;
const cookies = {} as Record<Exclude<Caller, 'anonymous'>, string>;

/** What a caller is allowed to do under a rule; 'public' rules are only classified, not called. */
function allowed(rule: Exclude<AccessRule, 'public' | 'internal'>, caller: Caller): boolean {
  if (caller === 'anonymous') return false;
  if (rule === 'staff') return true;
  if (rule === 'checkin') return caller !== 'staffElsewhere';
  if (rule === 'organizer') return caller === 'organizer' || caller === 'admin';
  return caller === 'admin';
}

function findFiles(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : findFiles(full, match);
    return match(entry.name) ? [full] : [];
  });
}

async function exportedFunctions(files: string[]) {
  const out: { key: string; fn: (...args: unknown[]) => unknown }[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function')
        out.push({ key: `${path.relative(libDir, file)}#${name}`, fn: value as (...args: unknown[]) => unknown });
    }
  }
  return out;
}

/** The access an action declares in its definition (lib/server/edge/action.ts). */
function accessOf(fn: unknown): AccessRule | undefined {
  return (fn as { access?: AccessRule }).access;
}

const actionFiles = findFiles(libDir, (name) => /actions\.ts$/.test(name) && !name.endsWith('.test.ts'));
const queryFiles = findFiles(libDir, (name) => name === 'queries.ts');

const KNOWN_GAPS = new Set<string>([]);

type Outcome = 'signin' | 'unauthorized' | 'forbidden' | 'passed' | 'not-found' | `error: ${string}`;

async function outcomeOf(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<Outcome> {
  state.requestHeaders = new Headers({ 'x-pathname': '/dashboard', 'x-forwarded-for': '203.0.113.9' });
  if (state.cookie) state.requestHeaders.set('cookie', state.cookie);
  try {
    const result = (await fn(...args)) as { ok?: boolean; code?: string } | undefined;
    if (result && result.ok === false && result.code === 'FORBIDDEN') return 'forbidden';
    return 'passed';
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT') && digest.includes('/signin')) return 'signin';
    if (isAppError(error, 'UNAUTHORIZED')) return 'unauthorized';
    if (isAppError(error, 'FORBIDDEN')) return 'forbidden';
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404' || isAppError(error, 'NOT_FOUND')) return 'not-found';
    return `error: ${(error as Error).message}`;
  }
}

function signInAs(caller: Caller) {
  state.cookie = caller === 'anonymous' ? '' : cookies[caller];
}

/** Everything a refused call could have changed, restricted to this file's own fixture rows. */
async function snapshot(): Promise<string> {
  const mine = [...Object.values(emails), `matrix-invitee-${u}@example.test`, `matrix-victim-${u}@example.test`];
  return JSON.stringify(
    await Promise.all([
      db.registration.findMany({
        where: { eventId: ctx.eventId },
        orderBy: { id: 'asc' },
        select: { id: true, status: true, email: true, checkedInAt: true, anonymizedAt: true },
      }),
      db.user.findMany({
        where: { email: { in: mine } },
        orderBy: { email: 'asc' },
        select: { email: true, role: true, disabledAt: true, invitedAt: true },
      }),
      db.staffAssignment.findMany({
        where: { eventId: ctx.eventId },
        orderBy: { userId: 'asc' },
        select: { userId: true },
      }),
      db.auditLog.count({ where: { OR: [{ actor: { in: mine } }, { eventId: ctx.eventId }] } }),
      db.checkIn.count({ where: { eventId: ctx.eventId } }),
      db.outboxMail.count({ where: { eventId: ctx.eventId } }),
    ]),
  );
}

const actions = await exportedFunctions(actionFiles);
const queries = await exportedFunctions(queryFiles);

beforeAll(async () => {
  const roles = { staff: 'staff', staffElsewhere: 'staff', organizer: 'organizer', admin: 'admin' } as const;
  for (const caller of Object.keys(emails) as (keyof typeof emails)[]) {
    const user = await db.user.create({
      data: { email: emails[caller], role: roles[caller], invitedAt: new Date(), invitedBy: 'test' },
    });
    userIds[caller] = user.id;
    cookies[caller] = await sessionCookieFor(user.id);
  }
  const event = await createTestEvent();
  const other = await createTestEvent();
  const victim = await db.user.create({
    data: { email: `matrix-victim-${u}@example.test`, role: 'staff', invitedAt: new Date() },
  });
  await db.staffAssignment.createMany({
    data: [
      { userId: userIds.staff, eventId: event.id },
      { userId: userIds.staffElsewhere, eventId: other.id },
    ],
  });
  const input = registrationInput({ firstName: 'Matrix', lastName: 'Person' });
  const registration = await db.registration.create({
    data: {
      eventId: event.id,
      ticketCode: `M${u}`.toUpperCase(),
      manageToken: `matrix-${u}`,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
    },
  });
  Object.assign(ctx, {
    slug: event.slug,
    eventId: event.id,
    registrationId: registration.id,
    ticketCode: registration.ticketCode,
    attendeeEmail: input.email,
    victimId: victim.id,
  });
});

describe('access rules table', () => {
  it('finds the action and query modules', () => {
    expect(actionFiles.map((f) => path.relative(libDir, f))).toEqual(
      expect.arrayContaining(['users/actions.ts', 'privacy/actions.ts', 'attendees/actions.ts']),
    );
    expect(queryFiles.length).toBeGreaterThan(5);
  });

  it('declares the access of every exported server action (defineAction)', () => {
    expect(actions.filter((a) => accessOf(a.fn) === undefined).map((a) => a.key)).toEqual([]);
  });

  it('classifies every exported query', () => {
    expect(queries.map((q) => q.key).filter((key) => !(key in QUERY_RULES))).toEqual([]);
  });

  it('uses unguarded "internal" helpers only inside lib/', () => {
    const root = path.resolve(libDir, '..');
    const uiFiles = ['app', 'components'].flatMap((dir) =>
      findFiles(path.join(root, dir), (name) => /\.tsx?$/.test(name)),
    );
    const internal = Object.entries(QUERY_RULES)
      .filter(([, rule]) => rule === 'internal')
      .map(([key]) => key.split('#')[1]!);
    const uses = uiFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return internal
        .filter((name) => new RegExp(`\\b${name}\\b`).test(text))
        .map((name) => `${path.relative(root, file)}: ${name}`);
    });
    expect(uses).toEqual([]);
  });
});

describe('role matrix', () => {
  const protectedFns = [
    ...actions.map((a) => ({ ...a, rule: accessOf(a.fn) })),
    ...queries.map((q) => ({ ...q, rule: QUERY_RULES[q.key] })),
  ].filter(
    (f): f is typeof f & { rule: Exclude<AccessRule, 'public' | 'internal'> } =>
      !!f.rule && f.rule !== 'public' && f.rule !== 'internal',
  );

  for (const { key, fn, rule } of protectedFns) {
    const test = KNOWN_GAPS.has(key) ? it.fails : it;
    test(`${key} (${rule})`, async () => {
      const args = ARGS[key]?.() ?? [];
      // Refused callers first, while the fixture data is untouched; then the allowed ones.
      for (const caller of CALLERS.filter((c) => !allowed(rule, c))) {
        signInAs(caller);
        const before = await snapshot();
        const outcome = await outcomeOf(fn, args);
        expect(outcome, `${caller} → ${key}`).toBe(
          caller === 'anonymous' ? (outcome === 'unauthorized' ? 'unauthorized' : 'signin') : 'forbidden',
        );
        expect(await snapshot(), `${caller} must not change anything`).toBe(before);
      }
      for (const caller of CALLERS.filter((c) => allowed(rule, c))) {
        signInAs(caller);
        const outcome = await outcomeOf(fn, ARGS[key]?.() ?? []);
        expect(['passed', 'not-found'], `${caller} → ${key}: ${outcome}`).toContain(outcome);
      }
    });
  }
});
