import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiHeaders, exampleAnswers, randomIp, registrationCount } from './fixtures/clients';
import { CONFERENCE_SLUG, E2E_MIN_FILL_MS, EXAMPLE_SLUG } from './fixtures/constants';
import { createE2eEvent, e2eQuery } from './fixtures/events';
import { uniqueAttendee } from './fixtures/factories';

const registrations = `/api/v1/events/${EXAMPLE_SLUG}/registrations`;
// Must match REGISTRATION_RATE_LIMIT in e2e/global-setup.ts.
const RATE_LIMIT = 50;

let answers: Record<string, string>;
test.beforeAll(async ({ request }) => {
  answers = await exampleAnswers(request);
});

const body = (over: Record<string, unknown> = {}) => {
  const a = uniqueAttendee();
  return {
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email,
    organization: a.organization,
    sector: 'Verwaltung',
    state: 'Sachsen',
    answers,
    consents: { privacy: true },
    ...over,
  };
};

/** A server-to-server client with the run's API key; each gets its own address, as behind a reverse proxy. */
const post = (request: APIRequestContext, url: string, data: unknown, ip = randomIp()) =>
  request.post(url, { data, headers: apiHeaders(ip) });
/** A keyless client (e.g. a form on another website): no API key, so the form-token rules apply. */
const postKeyless = (request: APIRequestContext, url: string, data: unknown, ip: string) =>
  request.post(url, { data, headers: { 'X-Forwarded-For': ip } });
const formToken = async (request: APIRequestContext) =>
  (await (await request.get(`/api/v1/events/${EXAMPLE_SLUG}/form-token`)).json()).formToken as string;
const readLikeAPerson = () => new Promise((r) => setTimeout(r, E2E_MIN_FILL_MS + 300));
const get = (request: APIRequestContext, url: string) =>
  request.get(url, { headers: { 'X-Forwarded-For': randomIp() } });

test.describe('public JSON API', () => {
  test('lists events and describes one with capacity, questions and programme', async ({ request }) => {
    const list = await get(request, '/api/v1/events');
    expect(list.status()).toBe(200);
    const slugs = ((await list.json()).events as { slug: string }[]).map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining([EXAMPLE_SLUG, CONFERENCE_SLUG]));

    const example = await (await get(request, `/api/v1/events/${EXAMPLE_SLUG}`)).json();
    expect(example).toMatchObject({
      slug: EXAMPLE_SLUG,
      venue: { name: 'HTWK Leipzig' },
      // The seeded example is hybrid: 250 places on site and 500 online, together.
      registration: { status: 'open', capacity: 750 },
    });
    expect(example.registration).toHaveProperty('opensAt');
    expect(example.registration.remaining).toBeLessThanOrEqual(750);
    expect(Date.parse(example.startsAt)).toBeGreaterThan(Date.now());
    expect(example.questions).toEqual([
      expect.objectContaining({
        type: 'singleChoice',
        label: 'Teilnahme am Mittagessen?',
        required: true,
        options: [
          { value: 'ja', label: 'Ja' },
          { value: 'nein', label: 'Nein' },
        ],
      }),
      expect.objectContaining({ type: 'text', label: 'Ernährungshinweise', required: false }),
    ]);

    const conference = await (await get(request, `/api/v1/events/${CONFERENCE_SLUG}`)).json();
    // 08:30 Europe/Berlin, as the conference's announcements said.
    expect(conference.startsAt).toBe('2025-04-03T06:30:00.000Z');
    expect(conference.registration.status).toBe('closed');
    expect(conference.sessions[0].title).toBe('Digital first? Schlaglichter der Landes-CIOs');
    expect(conference.sessions[0].speakers).toHaveLength(3);

    const unknown = await get(request, '/api/v1/events/gibt-es-nicht');
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['access-control-allow-origin']).toBe('*');
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Veranstaltung nicht gefunden.' } });
    const english = await request.get('/api/v1/events/gibt-es-nicht', { headers: { 'Accept-Language': 'en' } });
    expect(await english.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Event not found.' } });
  });

  test('registers with answers, counts the seat and refuses a duplicate with 409', async ({ request }) => {
    const before = (await (await get(request, `/api/v1/events/${EXAMPLE_SLUG}`)).json()).registration.remaining;
    const payload = body();
    const created = await post(request, registrations, payload);
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ id: expect.any(String), status: 'confirmed' });
    const after = (await (await get(request, `/api/v1/events/${EXAMPLE_SLUG}`)).json()).registration.remaining;
    expect(after).toBeLessThan(before);

    const again = await post(request, registrations, { ...payload, email: payload.email.toUpperCase() });
    expect(again.status()).toBe(409);
  });

  test('answers bad input with 4xx and a useful message, never 500', async ({ request }) => {
    const invalid = await post(
      request,
      registrations,
      body({ email: 'keine-adresse', firstName: '', consents: { privacy: false } }),
    );
    expect(invalid.status()).toBe(400);
    const { error, errors } = await invalid.json();
    expect(error.code).toBe('INVALID_INPUT');
    expect(Object.keys(errors).sort()).toEqual(['consents', 'email', 'firstName']);
    expect(errors.email).toMatch(/E-Mail-Adresse/);

    const [lunchId] = Object.keys(answers);
    const unanswered = await post(request, registrations, body({ answers: {} }));
    expect(unanswered.status()).toBe(400);
    expect((await unanswered.json()).errors).toEqual({ [`answers.${lunchId}`]: 'Bitte füllen Sie dieses Feld aus.' });
    const wrongChoice = await post(request, registrations, body({ answers: { [lunchId!]: 'vielleicht' } }));
    expect((await wrongChoice.json()).errors[`answers.${lunchId}`]).toMatch(/angebotenen Möglichkeiten/);

    expect((await post(request, registrations, body({ sector: 'Bäckerei' }))).status()).toBe(400);
    expect((await post(request, `/api/v1/events/gibt-es-nicht/registrations`, body())).status()).toBe(404);
    expect((await post(request, `/api/v1/events/${CONFERENCE_SLUG}/registrations`, body())).status()).toBe(403);

    const form = await request.post(registrations, {
      form: { firstName: 'A' },
      headers: { 'X-Forwarded-For': randomIp() },
    });
    expect(form.status()).toBe(415);
    expect((await form.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    // Bytes, because Playwright would encode a string as a JSON string.
    const raw = (data: string) =>
      request.post(registrations, {
        headers: { 'content-type': 'application/json', 'X-Forwarded-For': randomIp() },
        data: Buffer.from(data),
      });
    const malformed = await raw('{"firstName": ');
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toEqual({
      error: { code: 'INVALID_INPUT', message: 'Der Inhalt ist kein gültiges JSON.' },
    });
    const list = await raw('[1,2]');
    expect(list.status()).toBe(400);
    expect((await list.json()).error.message).toBe('Der Inhalt muss ein JSON-Objekt sein.');
    const huge = await post(request, registrations, body({ organization: 'x'.repeat(40 * 1024) }));
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    // NUL cannot be stored by PostgreSQL: a clear 400, never a 500.
    const nul = await post(request, registrations, body({ firstName: 'Eve\u0000' }));
    expect(nul.status()).toBe(400);
    expect((await request.get('/api/v1/events/%00')).status()).toBe(400);
  });

  test('a filled honeypot is refused with a neutral 400 and writes nothing', async ({ request }) => {
    const payload = body();
    const trapped = await post(request, registrations, { ...payload, website: 'https://spam.example' });
    expect(trapped.status()).toBe(400);
    expect((await trapped.json()).error.message).toMatch(/konnte nicht verarbeitet werden/);
    expect(await registrationCount(payload.email)).toBe(0);
    // Without the honeypot the same person registers: nothing of the first attempt was stored.
    expect((await post(request, registrations, payload)).status()).toBe(201);
  });

  test('without an API key: a form token is required, must be old enough, and registers once', async ({ request }) => {
    const ip = randomIp();
    const refused = (r: { status: () => number }) => expect(r.status()).toBe(400);
    refused(await postKeyless(request, registrations, body(), ip));
    const fresh = await formToken(request);
    refused(await postKeyless(request, registrations, body({ formToken: fresh }), ip));
    const token = await formToken(request);
    await readLikeAPerson();
    const payload = body({ formToken: token });
    expect((await postKeyless(request, registrations, payload, ip)).status()).toBe(201);
    const replay = body({ formToken: token });
    refused(await postKeyless(request, registrations, replay, ip));
    expect(await registrationCount(replay.email)).toBe(0);
    const forged = await request.post(registrations, {
      data: body(),
      headers: { 'X-Forwarded-For': ip, Authorization: 'Bearer tb_forged' },
    });
    expect(forged.status()).toBe(401);
  });

  test('limits keyless registrations per client address and answers 429 with Retry-After', async ({ request }) => {
    const ip = randomIp();
    const token = await formToken(request);
    await readLikeAPerson();
    // Invalid bodies still count (the limit comes before parsing, the token is only used up by a registration).
    for (let i = 0; i < RATE_LIMIT; i++) {
      expect(
        (await postKeyless(request, registrations, { consents: { privacy: true }, formToken: token }, ip)).status(),
      ).toBe(400);
    }
    const limited = await postKeyless(request, registrations, body({ formToken: token }), ip);
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    expect((await limited.json()).error.message).toMatch(
      /Zu viele Anmeldungen von Ihrem Netzwerk\. Bitte versuchen Sie es in \d+ Minuten erneut\./,
    );
    // Another address is unaffected.
    expect((await postKeyless(request, registrations, body({ formToken: token }), randomIp())).status()).toBe(201);
  });

  test('registers a group of 4 with 3 places left on the waiting list together, and answers pending under review', async ({
    request,
  }) => {
    const event = await createE2eEvent({ capacity: 3, waitlistEnabled: true });
    const person = () => {
      const a = uniqueAttendee();
      return { firstName: a.firstName, lastName: a.lastName, email: a.email };
    };
    const members = [person(), person(), person(), person()];
    const group = await post(request, `/api/v1/events/${event.slug}/registration-groups`, {
      submitter: person(),
      members,
      consents: { privacy: true },
    });
    expect(group.status()).toBe(201);
    const created = await group.json();
    expect(created.status).toBe('waitlisted');
    expect(created.members.map((m: { email: string; status: string }) => [m.email, m.status])).toEqual(
      members.map((m) => [m.email, 'waitlisted']),
    );
    await e2eQuery('UPDATE "Event" SET "approvalRequired" = true WHERE id = $1', [event.id]);
    const single = await post(request, `/api/v1/events/${event.slug}/registrations`, {
      ...person(),
      consents: { privacy: true },
    });
    expect(single.status()).toBe(201);
    expect((await single.json()).status).toBe('pending');
  });

  test('serves an OpenAPI document for the endpoints', async ({ request }) => {
    const doc = await (await get(request, '/api/v1/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const base = new URL(doc.servers[0].url).pathname.replace(/\/$/, '');
    expect(Object.keys(doc.paths).map((p) => base + p)).toEqual(
      expect.arrayContaining([
        '/api/v1/events',
        '/api/v1/events/{slug}',
        '/api/v1/events/{slug}/registrations',
        '/api/v1/events/{slug}/registration-groups',
      ]),
    );
    expect(Object.keys(doc.paths['/events/{slug}/registrations'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '415', '429', '500']),
    );
    expect(doc.components.schemas.Error.required).toEqual(['error']);
  });
});
