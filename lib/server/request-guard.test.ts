import { describe, expect, it } from 'vitest';
import { refuseActionBody, refuseMalformedRequest, setRouteHandlers } from './request-guard';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('refuseMalformedRequest', () => {
  it.each([
    '/manage/%ff',
    '/manage/%c0%ae',
    '/manage/%',
    '/api/v1/events/%e0%a4%a',
    '/tickets/abc%',
    '/media/%ZZ',
    '/api/v1/events/x%00y',
    '/newsletter/a\u0000b',
    '/?q=%00',
  ])('answers %s with 400 in the envelope and with the security headers', (url) => {
    const refusal = refuseMalformedRequest(request(url));
    expect(refusal?.status).toBe(400);
    expect(JSON.parse(refusal!.body)).toEqual({
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/ungültig/) },
    });
    expect(refusal?.headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  it('answers in English when the caller prefers it', () => {
    const refusal = refuseMalformedRequest(request('/manage/%ff', { 'accept-language': 'en-GB' }));
    expect(JSON.parse(refusal!.body).error.message).toBe('The address is not validly encoded.');
  });

  it('refuses a request target that is no path (GET *)', () => {
    expect(refuseMalformedRequest(request('*'))?.status).toBe(400);
  });

  it('refuses an unparseable callbackUrl on the sign-in routes only', () => {
    expect(
      refuseMalformedRequest(request('/api/auth/callback/email?callbackUrl=http%3A%2F%2F%5B&token=x'))?.status,
    ).toBe(400);
    expect(refuseMalformedRequest(request('/api/auth/callback/email?callbackUrl=%2Fdashboard&token=x'))).toBeNull();
    // next-auth takes a path or an absolute http(s) URL, from the query (its last value) or its cookie.
    for (const bad of ['9*X', 'javascript:alert(1)', 'dashboard'])
      expect(
        refuseMalformedRequest(request(`/api/auth/session?callbackUrl=%2F&callbackUrl=${encodeURIComponent(bad)}`))
          ?.status,
        bad,
      ).toBe(400);
    expect(
      refuseMalformedRequest(request('/api/auth/session', { cookie: 'a=b; next-auth.callback-url=9*X' }))?.status,
    ).toBe(400);
    expect(
      refuseMalformedRequest(
        request('/api/auth/session', { cookie: 'next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2F' }),
      ),
    ).toBeNull();
    expect(
      refuseMalformedRequest(request('/api/auth/session?callbackUrl=https%3A%2F%2Ftagung.example%2Fx')),
    ).toBeNull();
  });

  it('refuses a server action from a foreign or null origin with 403, not one from its own', () => {
    const action = (origin?: string) =>
      refuseMalformedRequest(
        request('/register/x', { host: 'tagung.example', 'next-action': 'abc', ...(origin ? { origin } : {}) }, 'POST'),
      );
    expect(action('https://evil.example')?.status).toBe(403);
    expect(JSON.parse(action('null')!.body).error.code).toBe('FORBIDDEN');
    expect(action('https://tagung.example')).toBeNull();
    expect(action()).toBeNull();
    const form = (path: string) =>
      refuseMalformedRequest(
        request(
          path,
          { host: 'tagung.example', origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
          'POST',
        ),
      );
    expect(form('/register/x')?.status).toBe(403);
    // Route handlers under /api/ answer for themselves (the public API takes JSON from any website).
    expect(form('/api/auth/signin/email')).toBeNull();
    // … but a path that is no route handler (dot segments resolved) reaches a page, its not-found page included.
    setRouteHandlers(['/api/auth/[...nextauth]/route', '/api/v1/events/[slug]/checkin/undo/route', '/(site)/x/page']);
    expect(form('/api/v1/events/abc/checkin/undo')).toBeNull();
    expect(form('/api/auth/signin/email')).toBeNull();
    expect(form('/api/v1/events/../checkin/undo')?.status).toBe(403);
    expect(form('/api/%2e%2e/register/x')?.status).toBe(403);
    expect(form('/api/nothing')?.status).toBe(403);
  });

  it('lets well-formed URLs through, encoded umlauts and spaces included', () => {
    for (const url of ['/', '/events/tagung-2026', '/manage/abc%20def', '/media/M%C3%BCller.png?x=%ff'])
      expect(refuseMalformedRequest(request(url)), url).toBeNull();
  });

  it('refuses methods Next does not handle with 405 and Allow', () => {
    const refusal = refuseMalformedRequest(request('/', {}, 'TRACE'));
    expect(refusal?.status).toBe(405);
    expect(refusal?.headers.Allow).toBe('GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH');
    expect(refuseMalformedRequest(request('/', {}, 'PATCH'))).toBeNull();
  });

  it('refuses action bodies React cannot decode, and lets the ones its client sends through', async () => {
    const fetchAction = (body: string, type = 'text/plain;charset=UTF-8') =>
      refuseActionBody(request('/x', { 'next-action': 'abc', 'content-type': type }, 'POST'), Buffer.from(body));
    for (const bad of [
      '[x',
      '',
      '{}',
      '["$1"]',
      '["$Q2"]',
      '["$nabc"]',
      '["$"]',
      '["$K1"]',
      `${'['.repeat(100)}${']'.repeat(100)}`,
    ])
      expect((await fetchAction(bad))?.status, bad).toBe(400);
    for (const good of ['[]', '["slug",{"a":"$$x","b":"$undefined","c":"$D2026-01-01T00:00:00.000Z"}]'])
      expect(await fetchAction(good), good).toBeNull();
    const form =
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--b\r\nContent-Disposition: form-data; name="_1_token"\r\n\r\nabc\r\n--b--\r\n';
    expect(await fetchAction(form, 'multipart/form-data; boundary=b')).toBeNull();
    expect((await fetchAction(form.replace('name="0"', 'name="a"'), 'multipart/form-data; boundary=b'))?.status).toBe(
      400,
    );
    expect((await fetchAction('x'.repeat(1200 * 1024)))?.status).toBe(413);
  });
});
