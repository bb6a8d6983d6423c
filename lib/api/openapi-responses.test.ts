import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { createTestEvent } from '@/test/factories';
import { captureLogs } from '@/test/log-lines';
import { byId, expectDocumented, operations, seen } from '@/test/openapi-validator';
import { createSessionUser } from '@/test/routes';

// Real answers of the real route handlers (real database), each validated against the OpenAPI document with a
// JSON Schema validator: every documented operation with every documented status, and nothing undocumented.
const state = vi.hoisted(() => ({ cookie: '' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Handler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;
const handlers: Record<string, Handler> = {
  listEvents: (await import('@/app/api/v1/events/route')).GET,
  getEvent: (await import('@/app/api/v1/events/[slug]/route')).GET,
  getFormToken: (await import('@/app/api/v1/events/[slug]/form-token/route')).GET,
  createRegistration: (await import('@/app/api/v1/events/[slug]/registrations/route')).POST,
  createRegistrationGroup: (await import('@/app/api/v1/events/[slug]/registration-groups/route')).POST,
  getOpenApiDocument: (await import('@/app/api/v1/openapi.json/route')).GET,
  getDoorList: (await import('@/app/api/v1/events/[slug]/checkin/attendees/route')).GET,
  recordScans: (await import('@/app/api/v1/events/[slug]/checkin/scans/route')).POST,
  undoCheckIn: (await import('@/app/api/v1/events/[slug]/checkin/undo/route')).POST,
  createWalkIn: (await import('@/app/api/v1/events/[slug]/checkin/walk-ins/route')).POST,
  listCheckInConflicts: (await import('@/app/api/v1/events/[slug]/checkin/conflicts/route')).GET,
};

let slug: string;
let closedSlug: string;
let sessions: Record<'organizer' | 'otherStaff', string>;
const unique = () => randomBytes(6).toString('hex');
const ip = () => `10.${[...randomBytes(3)].join('.')}`;

beforeAll(async () => {
  const event = await createTestEvent({ published: true });
  const other = await createTestEvent();
  const closed = await createTestEvent({ published: true, registrationClosesAt: new Date(Date.now() - 60_000) });
  slug = event.slug;
  closedSlug = closed.slug;
  sessions = {
    organizer: await createSessionUser('organizer'),
    otherStaff: await createSessionUser('staff', [other.id]),
  };
});

interface CallOptions {
  slug?: string;
  query?: string;
  cookie?: string;
  init?: RequestInit;
  params?: Promise<object>;
}

/** Calls the operation's real handler as Next does, signed in as organizer unless `cookie` says otherwise. */
function call(operationId: string, options: CallOptions = {}): Promise<Response> {
  const op = byId[operationId]!;
  const eventSlug = options.slug ?? slug;
  const cookie = options.cookie ?? sessions.organizer;
  state.cookie = cookie;
  const headers = new Headers(options.init?.headers);
  if (cookie) headers.set('cookie', cookie);
  const url = `http://localhost/api/v1${op.path.replace('{slug}', encodeURIComponent(eventSlug))}${options.query ?? ''}`;
  const request = new Request(url, { method: op.method, ...options.init, headers });
  return handlers[operationId]!(request, { params: options.params ?? Promise.resolve({ slug: eventSlug }) });
}

const json = (data: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: typeof data === 'string' ? data : JSON.stringify(data),
  headers: { 'content-type': 'application/json', ...headers },
});
const person = () => ({
  firstName: 'Erika',
  lastName: 'Müller',
  email: `erika.${unique()}@example.test`,
  consents: { privacy: true },
  formToken: issueFormToken(new Date(Date.now() - MIN_FILL_MS - 1000)),
});
// Each registration comes from its own address unless the case names one, so the per-IP limit stays out of the way.
const register = (body: object, options: CallOptions & { headers?: Record<string, string> } = {}) =>
  call('createRegistration', { ...options, init: json(body, { 'x-client-ip': ip(), ...options.headers }) });
const group = (size: number) => {
  const { formToken, consents, ...submitter } = person();
  return { submitter, members: Array.from({ length: size }, () => person()), consents, formToken };
};
const registerGroup = (body: object, options: CallOptions & { headers?: Record<string, string> } = {}) =>
  call('createRegistrationGroup', { ...options, init: json(body, { 'x-client-ip': ip(), ...options.headers }) });
const door = () => ({ deviceId: `device-${unique()}`, idempotencyKey: `key-${unique()}` });
const walkIn = (extra: object = {}) =>
  call('createWalkIn', { init: json({ firstName: 'Max', lastName: 'Mustermann', ...door(), ...extra }) });
const bodyLimits: Record<string, number> = {
  createRegistration: 32 * 1024,
  createRegistrationGroup: 256 * 1024,
  recordScans: 1024 * 1024,
  undoCheckIn: 8 * 1024,
  createWalkIn: 8 * 1024,
};

// Every answer that depends on the operation's own data; the generic ones (400, 404, 401, 403, 413, 415, 500)
// are made below for every operation that documents them.
const specific: Record<string, () => Promise<Response>> = {
  'listEvents 200': () => call('listEvents'),
  'getEvent 200': () => call('getEvent'),
  'getFormToken 200': () => call('getFormToken'),
  'getOpenApiDocument 200': () => call('getOpenApiDocument'),
  'createRegistration 201': () => register(person()),
  'createRegistration 400': async () => {
    const res = await register({ ...person(), lastName: '', email: 'keine-adresse' });
    expect(Object.keys((await res.clone().json()).errors).sort()).toEqual(['email', 'lastName']);
    return res;
  },
  'createRegistration 401': () => register(person(), { headers: { authorization: 'Bearer tb_wrong' } }),
  'createRegistration 403': () => register(person(), { slug: closedSlug }),
  'createRegistration 409': async () => {
    const body = person();
    expect((await register(body)).status).toBe(201);
    return register({ ...body, formToken: person().formToken });
  },
  'createRegistration 429': async () => {
    // Registers from one address until the configured limit (REGISTRATION_RATE_LIMIT) refuses.
    const client = ip();
    for (let i = 0; i < 100; i++) {
      const res = await register(person(), { headers: { 'x-client-ip': client } });
      if (res.status !== 201) return res;
    }
    throw new Error('no rate limit within 100 registrations');
  },
  'createRegistrationGroup 201': () => registerGroup(group(2)),
  'createRegistrationGroup 400': async () => {
    const body = group(2);
    const res = await registerGroup({ ...body, members: [body.members[0], body.members[0]] });
    expect(Object.keys((await res.clone().json()).errors)).toEqual(['members.1.email']);
    return res;
  },
  'createRegistrationGroup 401': () => registerGroup(group(1), { headers: { authorization: 'Bearer tb_wrong' } }),
  'createRegistrationGroup 403': () => registerGroup(group(1), { slug: closedSlug }),
  'createRegistrationGroup 409': async () => {
    const body = group(2);
    expect((await registerGroup(body)).status).toBe(201);
    return registerGroup({ ...group(1), members: [body.members[1]] });
  },
  'createRegistrationGroup 429': async () => {
    const client = ip();
    for (let i = 0; i < 100; i++) {
      const res = await registerGroup(group(1), { headers: { 'x-client-ip': client } });
      if (res.status !== 201) return res;
    }
    throw new Error('no rate limit within 100 group registrations');
  },
  'getDoorList 200': () => call('getDoorList', { query: `?since=${encodeURIComponent(new Date(0).toISOString())}` }),
  'recordScans 200': () =>
    call('recordScans', {
      init: json({
        deviceId: door().deviceId,
        scans: [
          { idempotencyKey: door().idempotencyKey, scannedAt: new Date().toISOString(), code: 'TB1.kein.ticket' },
        ],
      }),
    }),
  'undoCheckIn 200': async () => {
    const device = door();
    const created = await call('createWalkIn', {
      init: json({ firstName: 'Rück', lastName: 'Nahme', ...device }),
    });
    const { attendee } = (await created.json()) as { attendee: { id: string } };
    return call('undoCheckIn', { init: json({ registrationId: attendee.id, deviceId: device.deviceId }) });
  },
  'createWalkIn 201': () => walkIn(),
  'createWalkIn 409': async () => {
    const email = `tuer.${unique()}@example.test`;
    expect((await walkIn({ email })).status).toBe(201);
    return walkIn({ email });
  },
  'listCheckInConflicts 200': async () => {
    // A device admitted someone offline whose registration was cancelled meanwhile: one conflict in the list.
    const created = (await (await register(person())).json()) as { id: string };
    await cancelRegistration(created.id, 'org@example.test');
    const scan = {
      idempotencyKey: door().idempotencyKey,
      scannedAt: new Date().toISOString(),
      localResult: 'checked_in',
    };
    const scans = await call('recordScans', {
      init: json({ deviceId: door().deviceId, scans: [{ ...scan, registrationId: created.id }] }),
    });
    expect((await scans.json()).results[0].result).toBe('conflict');
    const res = await call('listCheckInConflicts');
    expect((await res.clone().json()).conflicts).toContainEqual(
      expect.objectContaining({ registrationId: created.id }),
    );
    return res;
  },
};

function genericCase(operationId: string, status: string): (() => Promise<Response>) | undefined {
  const limit = bodyLimits[operationId];
  switch (status) {
    case '400':
      return () => call(operationId, { query: '?q=%ff' });
    case '401':
      return () => call(operationId, { cookie: '' });
    case '403':
      return () => call(operationId, { cookie: sessions.otherStaff });
    case '404':
      return () => call(operationId, { slug: `gibt-es-nicht-${unique()}` });
    case '413':
      return limit ? () => call(operationId, { init: json(`{"x":"${'x'.repeat(limit)}"}`) }) : undefined;
    case '415':
      return () =>
        call(operationId, { init: { method: 'POST', body: 'a=b', headers: { 'content-type': 'text/plain' } } });
    case '500':
      // A failure inside the pipeline (here: the route's parameters) is a bug; the handler logs it and answers 500.
      return async () => {
        const logs = captureLogs();
        try {
          return await call(operationId, { params: Promise.reject(new Error('boom')) });
        } finally {
          logs.restore();
        }
      };
  }
  return undefined;
}

const cases = operations.flatMap((op) =>
  Object.keys(op.responses).map((status) => {
    const name = `${op.operationId} ${status}`;
    return { name, status: Number(status), run: specific[name] ?? genericCase(op.operationId, status) };
  }),
);

describe('the OpenAPI document against real answers', () => {
  it('has a way to produce every documented status of every operation', () => {
    expect(Object.keys(handlers).sort()).toEqual(operations.map((op) => op.operationId).sort());
    expect(cases.filter((c) => !c.run).map((c) => c.name)).toEqual([]);
    expect(Object.keys(specific).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  it.each(cases)('$name', async ({ name, status, run }) => {
    const res = await run!();
    expect(res.status, name).toBe(status);
    await expectDocumented(name.split(' ')[0]!, res);
  });

  afterAll(() => {
    const fiveHundreds = [...seen].filter(([name]) => name.endsWith(' 500')).length;
    console.log(
      `[openapi] ${seen.size} operation × status pairs of ${operations.length} operations validated against the document (${fiveHundreds} of them the documented 500)`,
    );
  });
});
