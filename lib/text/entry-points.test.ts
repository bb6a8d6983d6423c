import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { callRoute, createSessionUser, jsonPost } from '@/test/routes';

// Every way a person's data comes in: the public API, the form's action, the manage link, "Person hinzufügen" and
// the walk-in at the door. Each must refuse a skipped required answer and text against the one text rule
// (lib/text/normalize.ts), and write nothing when it refuses.
// Each request comes from its own address (as scripts/server.ts records it), so the per-address limit refuses none.
const state = vi.hoisted(() => ({ cookie: '' }));
const clientIp = vi.hoisted(
  () => () => `10.${Array.from({ length: 3 }, () => Math.floor(Math.random() * 256)).join('.')}`,
);
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-client-ip': clientIp(), ...(state.cookie ? { cookie: state.cookie } : {}) }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const api = await import('@/app/api/v1/events/[slug]/registrations/route');
const walkIns = await import('@/app/api/v1/events/[slug]/checkin/walk-ins/route');
const scans = await import('@/app/api/v1/events/[slug]/checkin/scans/route');
const undo = await import('@/app/api/v1/events/[slug]/checkin/undo/route');
const { registerAction } = await import('@/lib/registrations/actions');
const { updateRegistrationAction } = await import('@/lib/registrations/manage-actions');
const { createManualRegistrationAction } = await import('@/lib/attendees/actions');

const unique = () => randomBytes(5).toString('hex');
let event: Awaited<ReturnType<typeof createTestEvent>>;
let questionId: string;
let optionalId: string;
let organizer: string;
let staff: string;

beforeAll(async () => {
  event = await createTestEvent({ published: true });
  questionId = (
    await db.question.create({
      data: { eventId: event.id, type: 'text', labelDe: 'Ernährung', required: true, position: 0 },
    })
  ).id;
  optionalId = (
    await db.question.create({ data: { eventId: event.id, type: 'text', labelDe: 'Anmerkung', position: 1 } })
  ).id;
  organizer = await createSessionUser('organizer');
  staff = await createSessionUser('staff', [event.id]);
});

const person = (extra: Record<string, unknown> = {}) => ({
  firstName: 'Erika',
  lastName: 'Müller',
  email: `erika.${unique()}@example.test`,
  consents: { privacy: true },
  formToken: issueFormToken(new Date(Date.now() - MIN_FILL_MS - 1000)),
  ...extra,
});
const registrations = () => db.registration.count({ where: { eventId: event.id } });

// Missing, empty, partial (only the optional question answered) and blank.
const skippedAnswers = (): [string, Record<string, unknown>][] => [
  ['missing', {}],
  ['empty', { answers: {} }],
  ['partial', { answers: { [optionalId]: 'nur die freiwillige Antwort' } }],
  ['blank', { answers: { [questionId]: '   ' } }],
];
const badNames = ['Er\u001bika', 'Eri\tka', 'Eri\u0085ka', 'Er\ud800ika', '\u202eakirE', 'Eri\u200bka', '\u3164'];

async function apiPost(values: object) {
  return callRoute(api.POST, `/api/v1/events/${event.slug}/registrations`, {
    ...jsonPost(values, { 'x-client-ip': clientIp() }),
    params: { slug: event.slug },
  });
}

describe('required answers on every entry point', () => {
  it('the API refuses a missing, empty, partial or blank answer with 400 and stores nothing', async () => {
    const before = await registrations();
    for (const [name, answers] of skippedAnswers()) {
      const res = await apiPost(person(answers));
      expect(res.status, name).toBe(400);
      expect((await res.json()).errors, name).toHaveProperty(`answers.${questionId}`);
    }
    expect(await registrations()).toBe(before);
  });

  it('the form action refuses them with the field error and stores nothing', async () => {
    state.cookie = '';
    const before = await registrations();
    for (const [name, answers] of skippedAnswers()) {
      const result = await registerAction(event.slug, person(answers));
      expect(result, name).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      expect(result.ok ? {} : result.fieldErrors, name).toHaveProperty(`answers.${questionId}`);
    }
    expect(await registrations()).toBe(before);
  });

  it('"Person hinzufügen" refuses them and stores nothing', async () => {
    state.cookie = organizer;
    const before = await registrations();
    for (const [name, answers] of skippedAnswers()) {
      const { consents: _c, formToken: _t, ...values } = person(answers);
      const result = await createManualRegistrationAction(event.slug, { ...values, guestType: 'guest' });
      expect(result, name).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(await registrations()).toBe(before);
  });

  it('the manage link refuses an edit that drops the answer and keeps the stored one', async () => {
    state.cookie = '';
    const created = await registerAction(event.slug, person({ answers: { [questionId]: 'vegetarisch' } }));
    if (!created.ok) throw new Error(`registration failed: ${JSON.stringify(created)}`);
    for (const [name, answers] of skippedAnswers()) {
      const result = await updateRegistrationAction(created.data.manageToken, {
        firstName: 'Erika',
        lastName: 'Neu',
        ...answers,
      });
      expect(result, name).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    const stored = await db.registration.findFirstOrThrow({
      where: { manageToken: created.data.manageToken },
      select: { lastName: true, answers: true },
    });
    expect(stored.lastName).toBe('Müller');
    expect(JSON.stringify(stored.answers)).toContain('vegetarisch');
  });
});

describe('the text rule on every entry point', () => {
  const answered = { answers: { [questionId]: 'vegan' } };

  it('the API refuses forbidden or invisible names with 400 and stores nothing', async () => {
    const before = await registrations();
    for (const firstName of badNames) {
      const res = await apiPost(person({ ...answered, firstName }));
      expect(res.status, JSON.stringify(firstName)).toBe(400);
      expect((await res.json()).errors, JSON.stringify(firstName)).toHaveProperty('firstName');
    }
    const answer = await apiPost(person({ answers: { [questionId]: 'veg\u202ean' } }));
    expect(answer.status).toBe(400);
    expect(await registrations()).toBe(before);
  });

  it('the form action, "Person hinzufügen" and the manage link refuse them and store nothing', async () => {
    state.cookie = '';
    const created = await registerAction(event.slug, person({ answers: { [questionId]: 'vegan' } }));
    if (!created.ok) throw new Error(`registration failed: ${JSON.stringify(created)}`);
    const before = await registrations();
    for (const bad of badNames) {
      state.cookie = '';
      const form = await registerAction(event.slug, person({ answers: { [questionId]: 'vegan' }, organization: bad }));
      expect(form.ok ? {} : form.fieldErrors, JSON.stringify(bad)).toHaveProperty('organization', expect.any(String));
      const edit = await updateRegistrationAction(created.data.manageToken, {
        firstName: 'Erika',
        lastName: bad,
        answers: { [questionId]: 'vegan' },
      });
      expect(edit.ok ? {} : edit.fieldErrors, JSON.stringify(bad)).toHaveProperty('lastName');
      state.cookie = organizer;
      const { consents: _c, formToken: _t, ...values } = person({ answers: { [questionId]: 'vegan' } });
      const add = await createManualRegistrationAction(event.slug, { ...values, title: bad, guestType: 'guest' });
      expect(add.ok ? {} : add.fieldErrors, JSON.stringify(bad)).toHaveProperty('title');
    }
    expect(await registrations()).toBe(before);
    const stored = await db.registration.findFirstOrThrow({ where: { manageToken: created.data.manageToken } });
    expect(stored.lastName).toBe('Müller');
  });

  it('stores names in NFC', async () => {
    state.cookie = '';
    const created = await registerAction(
      event.slug,
      person({ lastName: 'Mu\u0308ller', answers: { [questionId]: 'vegan' } }),
    );
    if (!created.ok) throw new Error(`registration failed: ${JSON.stringify(created)}`);
    const stored = await db.registration.findFirstOrThrow({ where: { manageToken: created.data.manageToken } });
    expect(stored.lastName).toBe('Müller');
  });

  it('the walk-in API refuses them (and NUL) with 400 and stores nothing', async () => {
    const before = await registrations();
    for (const lastName of [...badNames, 'Mül\u0000ler', 'Mül\u007fler']) {
      const res = await callRoute(walkIns.POST, `/api/v1/events/${event.slug}/checkin/walk-ins`, {
        ...jsonPost(
          { firstName: 'Erika', lastName, deviceId: `device-${unique()}`, idempotencyKey: `key-${unique()}` },
          { cookie: staff },
        ),
        params: { slug: event.slug },
      });
      expect(res.status, JSON.stringify(lastName)).toBe(400);
      expect((await res.json()).errors, JSON.stringify(lastName)).toHaveProperty('lastName');
    }
    expect(await registrations()).toBe(before);
  });
});

describe('NUL never reaches PostgreSQL through the check-in API', () => {
  const post = (handler: typeof undo.POST, path: string, data: object) =>
    callRoute(handler, `/api/v1/events/${event.slug}/checkin/${path}`, {
      ...jsonPost(data, { cookie: staff }),
      params: { slug: event.slug },
    });
  const scan = (extra: object) => ({
    idempotencyKey: `key-${unique()}`,
    scannedAt: new Date().toISOString(),
    ...extra,
  });

  it('refuses NUL in undo and scan ids, and in a scanned code, with 400', async () => {
    const deviceId = `device-${unique()}`;
    const checkIns = () => db.checkIn.count({ where: { eventId: event.id } });
    const before = await checkIns();
    expect((await post(undo.POST, 'undo', { registrationId: 'abc\u0000', deviceId })).status).toBe(400);
    expect((await post(undo.POST, 'undo', { registrationId: 'abc', deviceId, reason: 'x\u0000' })).status).toBe(400);
    for (const one of [{ registrationId: 'a\u0000b' }, { code: 'TB1.\u0000' }])
      expect((await post(scans.POST, 'scans', { deviceId, scans: [scan(one)] })).status, JSON.stringify(one)).toBe(400);
    expect(await checkIns()).toBe(before);
  });
});

describe('NUL never reaches PostgreSQL through a server action', () => {
  it('refuses NUL in the slug or anywhere in the values with invalid input, and stores nothing', async () => {
    state.cookie = '';
    const before = await registrations();
    const values = person({ answers: { [questionId]: 'vegan' } });
    for (const [slug, data] of [
      ['\u0000', values],
      [event.slug, { ...values, sessions: ['s\u0000'] }],
      [event.slug, { ...values, answers: { [`${questionId}\u0000`]: 'vegan' } }],
    ] as const) {
      const result = await registerAction(slug, data);
      expect(result.ok ? 'ok' : result.code, JSON.stringify(data)).toBe('INVALID_INPUT');
    }
    expect(await registrations()).toBe(before);
  });
});
