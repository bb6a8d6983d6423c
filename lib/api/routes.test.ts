import { describe, expect, it } from 'vitest';
import { createTestEvent } from '@/test/factories';
import { callRoute } from '@/test/routes';

// The public API through its real route handlers: CORS on every answer, errors in the envelope and the
// caller's language.
const list = await import('@/app/api/v1/events/route');
const detail = await import('@/app/api/v1/events/[slug]/route');
const formToken = await import('@/app/api/v1/events/[slug]/form-token/route');
const openapi = await import('@/app/api/v1/openapi.json/route');

function expectCors(res: Response) {
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('access-control-allow-headers')).toContain('Accept-Language');
  expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
}

const getEvent = (slug: string, headers: Record<string, string> = {}) =>
  callRoute(detail.GET, `/api/v1/events/${slug}`, { headers, params: { slug } });

describe('public API', () => {
  it('answers an unknown, unpublished or impossible event with 404 in the envelope, with CORS headers', async () => {
    const draft = await createTestEvent({ published: false });
    for (const slug of ['gibt-es-nicht', draft.slug, 'nul\u0000']) {
      const res = await getEvent(slug);
      expect(res.status, slug).toBe(404);
      expectCors(res);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Veranstaltung nicht gefunden.' } });
    }
  });

  it('answers the form token of an unknown or unpublished event with 404, not with a token', async () => {
    const draft = await createTestEvent({ published: false });
    for (const slug of ['gibt-es-nicht', draft.slug]) {
      const res = await callRoute(formToken.GET, `/api/v1/events/${slug}/form-token`, { params: { slug } });
      expect(res.status, slug).toBe(404);
      expectCors(res);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Veranstaltung nicht gefunden.' } });
    }
  });

  it('refuses a query string with a broken escape or NUL with 400 in the envelope', async () => {
    for (const query of ['?q=%ff', '?q=%', '?%c0%ae', '?q=a%00b']) {
      const res = await callRoute(list.GET, `/api/v1/events${query}`, { headers: { 'Accept-Language': 'en' } });
      expect(res.status, query).toBe(400);
      expectCors(res);
      expect((await res.json()).error.code, query).toBe('INVALID_INPUT');
    }
    expect((await callRoute(list.GET, '/api/v1/events?q=a%20b+c')).status).toBe(200);
  });

  it('speaks English when Accept-Language prefers it, German otherwise', async () => {
    const message = async (header: string) =>
      (await (await getEvent('gibt-es-nicht', { 'Accept-Language': header })).json()).error.message;
    expect(await message('en')).toBe('Event not found.');
    expect(await message('fr-FR, en-US;q=0.8, de;q=0.5')).toBe('Event not found.');
    expect(await message('de-DE, en;q=0.5')).toBe('Veranstaltung nicht gefunden.');
    expect(await message('fr')).toBe('Veranstaltung nicht gefunden.');
  });

  it('serves a published event, the list, a form token and the OpenAPI document with CORS headers', async () => {
    const event = await createTestEvent({ published: true });
    const one = await getEvent(event.slug);
    expect(one.status).toBe(200);
    expectCors(one);
    expect(await one.json()).toMatchObject({ slug: event.slug, questions: [] });

    const all = await callRoute(list.GET, '/api/v1/events');
    expectCors(all);
    expect((await all.json()).events).toEqual(expect.arrayContaining([expect.objectContaining({ slug: event.slug })]));

    const token = await callRoute(formToken.GET, `/api/v1/events/${event.slug}/form-token`, {
      params: { slug: event.slug },
    });
    expectCors(token);
    expect(token.headers.get('cache-control')).toBe('no-store');
    expect(await token.json()).toEqual({ formToken: expect.any(String), usableAfter: expect.any(String) });

    const doc = await callRoute(openapi.GET, '/api/v1/openapi.json');
    expectCors(doc);
    expect((await doc.json()).openapi).toBe('3.1.0');
  });

  it('answers CORS preflights with 204', () => {
    for (const handler of [list.OPTIONS, detail.OPTIONS, formToken.OPTIONS]) {
      const res = handler();
      expect(res.status).toBe(204);
      expectCors(res);
    }
  });
});
