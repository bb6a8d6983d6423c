// Metrics of scripts/server.ts and scripts/worker.ts, on a database cluster of their own: what a Prometheus scrape
// sees, and who may scrape.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getFreePort } from '../../test/database';
import { type OwnDatabase, startOwnDatabase, startServerProcess } from '../fixtures/server-process';

const root = path.resolve(import.meta.dirname, '../..');
const EXAMPLE_SLUG = 'beispielveranstaltung-digitalisierungskonferenz';
test.describe.configure({ mode: 'serial' });

let database: OwnDatabase;
let databaseUrl: string;

test.beforeAll(async () => {
  database = await startOwnDatabase('metrics');
  databaseUrl = database.url;
});

test.afterAll(async () => {
  await database?.stop();
});

const startServer = (vars: Record<string, string> = {}) =>
  startServerProcess(databaseUrl, { REGISTRATION_MIN_FILL_SECONDS: '0', ...vars });

/** One registration through the public API, as a browser's form on another site sends it. */
async function register(base: string): Promise<number> {
  const event = await (await fetch(`${base}/api/v1/events/${EXAMPLE_SLUG}`)).json();
  const lunch = (event.questions as { id: string; label: string }[]).find((q) => q.label.includes('Mittagessen'));
  const { formToken } = await (await fetch(`${base}/api/v1/events/${EXAMPLE_SLUG}/form-token`)).json();
  const id = randomBytes(4).toString('hex');
  const res = await fetch(`${base}/api/v1/events/${EXAMPLE_SLUG}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      firstName: 'Health',
      lastName: `Probe-${id}`,
      email: `health.${id}@example.test`,
      consents: { privacy: true },
      answers: lunch ? { [lunch.id]: 'ja' } : {},
      formToken,
    }),
  });
  return res.status;
}

const sample = (text: string, series: string) =>
  Number(
    text
      .split('\n')
      .find((l) => l.startsWith(`${series} `))
      ?.split(' ')[1] ?? 0,
  );

test('/metrics: 404 without METRICS_TOKEN, 401 with a wrong one, the figures with the right one', async () => {
  const plain = await startServer();
  try {
    expect((await fetch(`${plain.base}/metrics`)).status).toBe(404);
  } finally {
    await plain.stop();
  }
  const token = randomBytes(24).toString('hex');
  const metricsPort = await getFreePort();
  const server = await startServer({ METRICS_TOKEN: token, METRICS_PORT: String(metricsPort) });
  try {
    const url = `${server.base}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const scrape = async () => {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return res.text();
    };
    const before = await scrape();
    for (const family of [
      'http_request_duration_seconds',
      'tagungsbuero_registrations_total',
      'tagungsbuero_outbox_mails',
      'tagungsbuero_checkins',
      'tagungsbuero_db_pool_connections',
    ])
      expect(before, family).toContain(`# TYPE ${family} `);
    expect(await register(server.base)).toBe(201);
    const after = await scrape();
    const confirmed = 'tagungsbuero_registrations_total{outcome="confirmed",source="api"}';
    expect(sample(after, confirmed)).toBe(sample(before, confirmed) + 1);
    const queued = 'tagungsbuero_outbox_mails{state="queued"}';
    expect(sample(after, queued)).toBeGreaterThan(sample(before, queued));
    const posted =
      'http_request_duration_seconds_count{method="POST",route="/api/v1/events/[slug]/registrations",status="201"}';
    // Observed when the response has finished, which the client may see a moment before the server does.
    await expect.poll(async () => sample(await scrape(), posted)).toBe(sample(before, posted) + 1);
    // The listener of its own serves the same figures without a token, on loopback.
    const own = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(own.status).toBe(200);
    expect(sample(await own.text(), confirmed)).toBe(sample(after, confirmed));
    expect((await fetch(`http://127.0.0.1:${metricsPort}/`)).status).toBe(404);
  } finally {
    await server.stop();
  }
});

test('npm run worker serves its own metrics on METRICS_PORT and stops cleanly on SIGTERM', async () => {
  const metricsPort = await getFreePort();
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, METRICS_PORT: String(metricsPort), NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((r) => worker.once('exit', (code) => r(code)));
  try {
    const url = `http://127.0.0.1:${metricsPort}/metrics`;
    await expect
      .poll(
        () =>
          fetch(url).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200);
    const text = await (await fetch(url)).text();
    expect(text).toContain('tagungsbuero_outbox_mails{state="queued"}');
    expect(text).toContain('# TYPE tagungsbuero_db_pool_connections gauge');
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
  } finally {
    worker.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
