import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEvent } from '@/test/factories';
import { captureLogs } from '@/test/log-lines';
import { callRoute, createSessionUser, jsonPost } from '@/test/routes';

// The check-in API through its real route handlers: the pipeline's envelope, statuses and languages.
// The guards read the session cookie from next/headers; like Next, each call is a fresh header object.
const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
vi.mock('@/lib/checkin/queries', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./queries')>();
  return { ...actual, getAttendeeSnapshot: vi.fn(actual.getAttendeeSnapshot) };
});
const { getAttendeeSnapshot } = await import('./queries');
const attendees = await import('@/app/api/v1/events/[slug]/checkin/attendees/route');
const scans = await import('@/app/api/v1/events/[slug]/checkin/scans/route');
const undo = await import('@/app/api/v1/events/[slug]/checkin/undo/route');
const walkIns = await import('@/app/api/v1/events/[slug]/checkin/walk-ins/route');

const key = () => `key-${randomBytes(6).toString('hex')}`;
let slug: string;
let sessions: Record<'staff' | 'otherStaff' | 'organizer', string>;

beforeAll(async () => {
  const event = await createTestEvent();
  const other = await createTestEvent();
  slug = event.slug;
  sessions = {
    staff: await createSessionUser('staff', [event.id]),
    otherStaff: await createSessionUser('staff', [other.id]),
    organizer: await createSessionUser('organizer'),
  };
});

const base = () => `/api/v1/events/${slug}/checkin`;
// The check-in routes read the session from the Request itself (one statement with the event), as a browser sends it.
const withCookie = (headers: HeadersInit = {}) => ({ ...(state.cookie ? { cookie: state.cookie } : {}), ...headers });
const getList = (query = '', headers: Record<string, string> = {}) =>
  callRoute(attendees.GET, `${base()}/attendees${query}`, { headers: withCookie(headers), params: { slug } });
const post = (handler: typeof scans.POST, path: string, init: RequestInit) =>
  callRoute(handler, `${base()}/${path}`, {
    ...init,
    headers: withCookie(init.headers as Record<string, string>),
    params: { slug },
  });

describe('check-in API errors', () => {
  it('answers a signed-out request with 401 in the envelope, in German or in English', async () => {
    state.cookie = '';
    const res = await getList();
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Bitte melden Sie sich an.' } });
    const en = await getList('', { 'Accept-Language': 'en-GB,en;q=0.9,de;q=0.5' });
    expect(await en.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Please sign in.' } });
  });

  it('answers an unknown event with 404 and staff of another event with 403', async () => {
    state.cookie = sessions.staff;
    const unknown = await callRoute(attendees.GET, '/api/v1/events/gibt-es-nicht/checkin/attendees', {
      params: { slug: 'gibt-es-nicht' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Veranstaltung nicht gefunden.' } });
    state.cookie = sessions.otherStaff;
    const refused = await getList('', { 'Accept-Language': 'en' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'You do not have permission to do this.' },
    });
  });

  it('answers an invalid body with 400 and a message per field, and writes nothing', async () => {
    state.cookie = sessions.staff;
    const res = await post(scans.POST, 'scans', jsonPost({ deviceId: 'kurz', scans: [] }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(body.errors).sort()).toEqual(['deviceId', 'scans']);
    expect(body.errors.scans).toBe('Mindestens ein Scan.');
    expect(body.error.message).toBe(body.errors.deviceId);

    const since = await getList('?since=gestern', { 'Accept-Language': 'en' });
    expect(since.status).toBe(400);
    expect(await since.json()).toEqual({
      error: { code: 'INVALID_INPUT', message: 'since must be an ISO date-time.' },
      errors: { since: 'since must be an ISO date-time.' },
    });
  });

  it('refuses malformed, non-object, oversized and non-JSON bodies with 400, 413 and 415', async () => {
    state.cookie = sessions.staff;
    const malformed = await post(undo.POST, 'undo', jsonPost('{"registrationId": '));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: { code: 'INVALID_INPUT', message: 'Der Inhalt ist kein gültiges JSON.' },
    });
    const list = await post(undo.POST, 'undo', jsonPost('[1, 2]', { 'Accept-Language': 'en' }));
    expect(await list.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'The body must be a JSON object.' } });

    const huge = await post(undo.POST, 'undo', jsonPost({ registrationId: 'x', reason: 'x'.repeat(9000) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Die Anfrage ist zu groß (höchstens 8 KB).' },
    });

    const form = await post(walkIns.POST, 'walk-ins', {
      method: 'POST',
      body: new URLSearchParams({ firstName: 'A' }),
    });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unexpected failure with 500 in the envelope and logs it', async () => {
    state.cookie = sessions.organizer;
    vi.mocked(getAttendeeSnapshot).mockRejectedValueOnce(new Error('database gone'));
    const logs = captureLogs();
    const res = await getList('', { 'Accept-Language': 'en' }).finally(logs.restore);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred. Please try again later.' },
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        method: 'GET',
        path: expect.stringContaining('/api/v1/events/'),
        err: expect.objectContaining({ message: 'database gone' }),
      }),
    );
  });
});

describe('check-in API answers', () => {
  it('sends the door list as JSON 200, not cached', async () => {
    state.cookie = sessions.staff;
    const res = await getList();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ full: true, attendees: [], publicKey: expect.any(String) });
  });

  it('creates a walk-in with 201, once per idempotency key', async () => {
    state.cookie = sessions.staff;
    const input = { deviceId: key(), idempotencyKey: key(), firstName: 'Tür', lastName: 'Gast' };
    const res = await post(walkIns.POST, 'walk-ins', jsonPost(input));
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ result: 'checked_in', counts: { checkedIn: 1 } });
    const again = await post(walkIns.POST, 'walk-ins', jsonPost(input));
    expect((await again.json()).attendee.id).toBe(created.attendee.id);
  });
});
