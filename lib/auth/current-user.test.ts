import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { sessionCookieFor } from '@/test/session-cookie';
import { logStatements } from '@/test/statement-log';
import { getCurrentUser, requireApiCheckInAccess, requireApiCheckInAccessBySlug, requireApiRole } from './guards';
import { requireApiUser, requireCheckInAccess, requireOrganizer, requireUser } from './guards';
import { sessionCookieName } from './session-lookup';

// Pages and actions get their headers from next/headers; like Next, the mock hands out one object per request.
// Outside a request Next throws synchronously.
const request = vi.hoisted(() => ({ headers: new Headers(), outside: false }));
vi.mock('next/headers', () => ({
  headers: () => {
    if (request.outside) throw new Error('`headers` was called outside a request scope');
    return Promise.resolve(request.headers);
  },
}));

const sent = logStatements();

async function signedIn(role: 'staff' | 'organizer' | 'admin', assignedTo: string[] = []) {
  const user = await db.user.create({
    data: { email: `current-${randomBytes(5).toString('hex')}@example.test`, role, invitedAt: new Date() },
  });
  await db.staffAssignment.createMany({ data: assignedTo.map((eventId) => ({ userId: user.id, eventId })) });
  return { user, cookie: await sessionCookieFor(user.id) };
}

/** A new request as a route handler sees it: its Request, and next/headers answering with its headers. */
function newRequest(cookie: string): Request {
  request.headers = new Headers({ cookie: `other=1; ${cookie}` });
  return new Request('http://localhost:3000/api/v1/x', { headers: request.headers });
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'passed',
    (error) => (isAppError(error) ? error.code : String(error)),
  );

afterEach(() => {
  request.headers = new Headers();
  request.outside = false;
});

describe('one session lookup per request', () => {
  it('route handlers: one statement however many guards ask with the Request', async () => {
    const event = await createTestEvent();
    const { user, cookie } = await signedIn('staff');
    await db.staffAssignment.create({ data: { userId: user.id, eventId: event.id } });
    const req = newRequest(cookie);
    const queries = await sent(async () => {
      expect((await requireApiUser(req)).id).toBe(user.id);
      await requireApiRole('staff', req);
      await requireApiCheckInAccess(event.id, req);
      expect(await getCurrentUser(req)).toMatchObject({ id: user.id, role: 'staff' });
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/"Session"/);
    // A second request looks up again.
    expect(await sent(() => requireApiUser(newRequest(cookie)))).toHaveLength(1);
  });

  it('guards without the Request share the lookup through the request headers', async () => {
    const event = await createTestEvent();
    const { user, cookie } = await signedIn('organizer');
    const req = newRequest(cookie);
    const queries = await sent(async () => {
      await requireApiCheckInAccess(event.id, req);
      expect((await requireUser()).id).toBe(user.id);
      await requireOrganizer();
      await requireCheckInAccess(event.id);
      await requireApiUser();
    });
    expect(queries).toHaveLength(1);
  });

  it('outside a Next request, the Request alone keys the lookup', async () => {
    const { user, cookie } = await signedIn('organizer');
    const req = newRequest(cookie);
    request.outside = true;
    const queries = await sent(async () => {
      expect((await requireApiUser(req)).id).toBe(user.id);
      expect((await requireApiRole('organizer', req)).id).toBe(user.id);
    });
    expect(queries).toHaveLength(1);
  });

  it('asks nothing without a session cookie, and refuses the cookie under the other name', async () => {
    const { cookie } = await signedIn('admin');
    const wrong = cookie.startsWith('__Secure-') ? cookie.slice('__Secure-'.length) : `__Secure-${cookie}`;
    expect(cookie.startsWith(sessionCookieName(new Headers()))).toBe(true);
    const req = new Request('http://localhost:3000/', { headers: { cookie: wrong } });
    expect(await sent(async () => expect(await getCurrentUser(req)).toBeNull())).toEqual([]);
  });
});

describe('requireApiCheckInAccessBySlug', () => {
  it('resolves the slug in the session statement, and later guards of the request ask nothing', async () => {
    const event = await createTestEvent();
    const { user, cookie } = await signedIn('staff', [event.id]);
    const req = newRequest(cookie);
    const queries = await sent(async () => {
      expect(await requireApiCheckInAccessBySlug(event.slug, req)).toMatchObject({ eventId: event.id });
      expect((await requireApiCheckInAccess(event.id)).id).toBe(user.id);
    });
    expect(queries).toHaveLength(1);
  });

  it('answers 404 for an unknown slug before anything else, then 401 and 403', async () => {
    const [event, other] = await Promise.all([createTestEvent(), createTestEvent()]);
    const staff = await signedIn('staff', [other.id]);
    const anonymous = new Request('http://localhost:3000/');
    expect(await codeOf(requireApiCheckInAccessBySlug('no-such-event', anonymous))).toBe('NOT_FOUND');
    expect(await codeOf(requireApiCheckInAccessBySlug(event.slug, newRequest('')))).toBe('UNAUTHORIZED');
    expect(await codeOf(requireApiCheckInAccessBySlug(event.slug, newRequest(staff.cookie)))).toBe('FORBIDDEN');
    expect(await codeOf(requireApiCheckInAccessBySlug(other.slug, newRequest(staff.cookie)))).toBe('passed');
  });
});
