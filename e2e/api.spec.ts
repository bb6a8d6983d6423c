import { expect, test } from '@playwright/test';
import { CONFERENCE_SLUG, EXAMPLE_SLUG } from './fixtures/constants';
import { uniqueAttendee } from './fixtures/factories';

const registrations = `/api/v1/events/${EXAMPLE_SLUG}/registrations`;
const body = (over: Record<string, unknown> = {}) => {
  const a = uniqueAttendee();
  return { firstName: a.firstName, lastName: a.lastName, email: a.email, organization: a.organization, sector: 'Verwaltung', state: 'Sachsen', consents: { privacy: true }, ...over };
};

test.describe('public JSON API', () => {
  test('lists events and describes one with capacity and programme', async ({ request }) => {
    const list = await request.get('/api/v1/events');
    expect(list.status()).toBe(200);
    const slugs = ((await list.json()).events as { slug: string }[]).map((e) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining([EXAMPLE_SLUG, CONFERENCE_SLUG]));

    const example = await (await request.get(`/api/v1/events/${EXAMPLE_SLUG}`)).json();
    expect(example).toMatchObject({ slug: EXAMPLE_SLUG, venue: { name: 'HTWK Leipzig' }, registration: { status: 'open', capacity: 250 } });
    expect(example.registration.remaining).toBeLessThanOrEqual(250);
    expect(Date.parse(example.startsAt)).toBeGreaterThan(Date.now());

    const conference = await (await request.get(`/api/v1/events/${CONFERENCE_SLUG}`)).json();
    expect(conference.startsAt).toBe('2025-04-03T07:00:00.000Z');
    expect(conference.registration.status).toBe('closed');
    expect(conference.sessions[0].title).toBe('Digital first? Schlaglichter der Landes-CIOs');
    expect(conference.sessions[0].speakers).toHaveLength(3);

    expect((await request.get('/api/v1/events/gibt-es-nicht')).status()).toBe(404);
  });

  test('registers, counts the seat and refuses a duplicate with 409', async ({ request }) => {
    const before = (await (await request.get(`/api/v1/events/${EXAMPLE_SLUG}`)).json()).registration.remaining;
    const payload = body();
    const created = await request.post(registrations, { data: payload });
    expect(created.status()).toBe(201);
    expect(await created.json()).toMatchObject({ id: expect.any(String), status: 'confirmed' });
    const after = (await (await request.get(`/api/v1/events/${EXAMPLE_SLUG}`)).json()).registration.remaining;
    expect(after).toBeLessThan(before);

    const again = await request.post(registrations, { data: { ...payload, email: payload.email.toUpperCase() } });
    expect(again.status()).toBe(409);
  });

  test('answers bad input with 4xx and a useful message, never 500', async ({ request }) => {
    const invalid = await request.post(registrations, { data: body({ email: 'keine-adresse', firstName: '', consents: { privacy: false } }) });
    expect(invalid.status()).toBe(400);
    const { errors } = await invalid.json();
    expect(Object.keys(errors).sort()).toEqual(['consents', 'email', 'firstName']);
    expect(errors.email).toMatch(/E-Mail-Adresse/);

    expect((await request.post(registrations, { data: body({ sector: 'Bäckerei' }) })).status()).toBe(400);
    expect((await request.post(`/api/v1/events/gibt-es-nicht/registrations`, { data: body() })).status()).toBe(404);
    expect((await request.post(`/api/v1/events/${CONFERENCE_SLUG}/registrations`, { data: body() })).status()).toBe(403);

    const form = await request.post(registrations, { form: { firstName: 'A' } });
    expect(form.status()).toBe(415);
    const malformed = await request.post(registrations, { headers: { 'content-type': 'application/json' }, data: '{"firstName": ' });
    expect(malformed.status()).toBe(400);
    const array = await request.post(registrations, { headers: { 'content-type': 'application/json' }, data: '[1,2]' });
    expect(array.status()).toBe(400);
    const huge = await request.post(registrations, { data: body({ organization: 'x'.repeat(40 * 1024) }) });
    expect(huge.status()).toBe(413);
  });

  test('serves an OpenAPI document for the endpoints', async ({ request }) => {
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const base = new URL(doc.servers[0].url).pathname.replace(/\/$/, '');
    expect(Object.keys(doc.paths).map((p) => base + p)).toEqual(
      expect.arrayContaining(['/api/v1/events', '/api/v1/events/{slug}', '/api/v1/events/{slug}/registrations']),
    );
    expect(Object.keys(doc.paths['/events/{slug}/registrations'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '403', '404', '409', '413', '415']),
    );
  });
});
