import { readFileSync } from 'node:fs';
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

// Action ids change with every build; the manifest of the build under test names them.
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, action]) => action.exportedName === name)?.[0];
  if (!id) throw new Error(`No server action ${name} in the build`);
  return id;
}

test('a server action body React cannot decode gets 400, one past the size limit 413', async () => {
  const register = actionId('registerAction');
  const action = (body: string, contentType: string) =>
    raw(`/events/${EXAMPLE_SLUG}/register`, {
      method: 'POST',
      headers: { 'next-action': register, 'content-type': contentType },
      body,
    });
  const multipart = (parts: Record<string, string>) =>
    Object.entries(parts)
      .map(([name, value]) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('')
      .concat('--b--\r\n');
  const cases: [string, string, string][] = [
    ['bad JSON', '[not json', 'text/plain;charset=UTF-8'],
    ['no body', '', 'text/plain;charset=UTF-8'],
    ['no argument list', '"x"', 'text/plain;charset=UTF-8'],
    ['a reference to a missing row', '["$1", {}]', 'text/plain;charset=UTF-8'],
    ['a malformed BigInt', '["$nabc", {}]', 'text/plain;charset=UTF-8'],
    ['a multipart body that does not parse', 'garbage', 'multipart/form-data; boundary=b'],
    ['a multipart body without its root field (no FormData)', multipart({ a: 'b' }), 'multipart/form-data; boundary=b'],
    ['a multipart root with bad JSON', multipart({ '0': '[x' }), 'multipart/form-data; boundary=b'],
  ];
  for (const [name, body, contentType] of cases) {
    const answer = await action(body, contentType);
    await test.step(name, () => expectEnvelope(answer, 400, 'INVALID_INPUT'));
  }
  const huge = await action(JSON.stringify(['x', { firstName: 'a'.repeat(1200 * 1024) }]), 'text/plain;charset=UTF-8');
  expectEnvelope(huge, 413, 'PAYLOAD_TOO_LARGE');
  // A well-formed call still reaches the action, which answers in its own format.
  const fine = await action(JSON.stringify(['gibt-es-nicht', {}]), 'text/plain;charset=UTF-8');
  expect(fine.status).toBe(200);
  expect(fine.body).toContain('NOT_FOUND');
});

test('a form from a foreign origin posted to a path that is no route handler gets 403', async () => {
  for (const path of ['/api/nothing', '/api/v1/events/../checkin/undo']) {
    const answer = await raw(path, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'multipart/form-data; boundary=b' },
      body: '--b\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--b--\r\n',
    });
    await test.step(path, () => expectEnvelope(answer, 403, 'FORBIDDEN'));
  }
});

test('a malformed multipart form posted to a page gets 400', async () => {
  const answer = await raw('/newsletter/abc', {
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=b' },
    body: 'garbage',
  });
  expectEnvelope(answer, 400, 'INVALID_INPUT');
});

test('a method Next does not handle gets 405 with Allow', async () => {
  for (const method of ['TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'SEARCH'])
    for (const path of ['/', `/events/${EXAMPLE_SLUG}`, '/api/v1/events', '/api/auth/session']) {
      const answer = await raw(path, { method });
      await test.step(`${method} ${path}`, () => {
        expectEnvelope(answer, 405, 'INVALID_INPUT');
        expect(answer.headers.allow).toContain('GET');
      });
    }
});

test('broken JSON posted to the sign-in endpoints gets 400', async () => {
  for (const path of ['/api/auth/csrf', '/api/auth/signin/email', '/api/auth/signout']) {
    const answer = await raw(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}x',
    });
    await test.step(path, () => expectEnvelope(answer, 400, 'INVALID_INPUT'));
  }
});

test('a callbackUrl next-auth cannot use, in the query or its cookie, gets 400', async () => {
  for (const [path, cookie] of [
    ['/api/auth/session?callbackUrl=9*X', undefined],
    ['/api/auth/providers?callbackUrl=javascript%3Aalert(1)', undefined],
    ['/api/auth/session', 'next-auth.callback-url=9*X'],
  ] as const) {
    const answer = await raw(path, { headers: cookie ? { cookie } : {} });
    await test.step(`${path} ${cookie ?? ''}`, () => expectEnvelope(answer, 400, 'INVALID_INPUT'));
  }
});
