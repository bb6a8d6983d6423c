import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { EXAMPLE_SLUG } from './fixtures/constants';

// Raw HTTP against the built server: these targets cannot be sent through a URL-normalising client. Each of them
// used to get a plain-text 500 from Next; now a 4xx in the API's envelope, with the security headers.
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const base = new URL(process.env.E2E_BASE_URL!);
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function expectEnvelope(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/json');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(JSON.parse(answer.body)).toEqual({ error: { code, message: expect.any(String) } });
}

const BAD_SEGMENTS = ['%ff', '%c0%ae', '%', 'a%2', '%00'];
const PATHS = [
  '/manage/',
  '/tickets/',
  '/newsletter/',
  '/media/',
  `/events/`,
  '/api/v1/events/',
  `/api/v1/events/${EXAMPLE_SLUG}/checkin/attendees/`,
  '/api/auth/callback/',
];

test('malformed percent-encoding and NUL in any dynamic path segment get 400', async () => {
  for (const path of PATHS)
    for (const segment of BAD_SEGMENTS) {
      const answer = await raw(`${path}${segment}`);
      await test.step(`${path}${segment}`, () => expectEnvelope(answer, 400, 'INVALID_INPUT'));
    }
});

test('GET * gets 400', async () => {
  expectEnvelope(await raw('*'), 400, 'INVALID_INPUT');
});

test('an unparseable callbackUrl on the magic-link callback gets 400', async () => {
  const answer = await raw(`/api/auth/callback/email?callbackUrl=${encodeURIComponent('http://[')}&token=x&email=a`);
  expectEnvelope(answer, 400, 'INVALID_INPUT');
});

test('a server action posted from a foreign or null origin gets 403', async () => {
  for (const origin of ['https://evil.example', 'null']) {
    const answer = await raw(`/events/${EXAMPLE_SLUG}/register`, {
      method: 'POST',
      headers: { origin, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    await test.step(origin, () => expectEnvelope(answer, 403, 'FORBIDDEN'));
  }
});
