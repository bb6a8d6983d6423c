// Health, readiness, draining and metrics of scripts/server.ts, each server a process of its own on a database
// cluster of its own: what a proxy's health check and a Prometheus scrape see.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../lib/server/embedded-postgres';
import { migrate } from '../../lib/server/migrate';
import { getFreePort } from '../../test/database';
import { startServerProcess } from '../fixtures/server-process';

const root = path.resolve(import.meta.dirname, '../..');
const EXAMPLE_SLUG = 'beispielveranstaltung-digitalisierungskonferenz';
test.describe.configure({ mode: 'serial' });

let dir: string;
let cluster: EmbeddedDatabase;
let databaseUrl: string;

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tb-e2e-health-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await getFreePort(), quiet: true });
  await cluster.ensureDatabase('health');
  databaseUrl = cluster.url('health');
  await migrate(databaseUrl);
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
});

test.afterAll(async () => {
  await cluster?.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
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

test('/healthz and /readyz answer uncached; requests get an id and one JSON access log line', async () => {
  const server = await startServer();
  try {
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('cache-control')).toBe('no-store');
    const ready = await fetch(`${server.base}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok' }]);
    expect(ready.headers.get('cache-control')).toBe('no-store');

    const proxied = await fetch(`${server.base}/manage/SECRETTOKEN123456?email=x`, {
      headers: { 'X-Request-Id': 'f00dfeedf00dfeedf00dfeedf00dfeed' },
    });
    expect(proxied.headers.get('x-request-id')).toBe('f00dfeedf00dfeedf00dfeedf00dfeed');
    const forged = await fetch(`${server.base}/impressum`, { headers: { 'X-Request-Id': 'a"}{"level":"fatal' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    await expect.poll(() => server.output()).toContain('f00dfeedf00dfeedf00dfeedf00dfeed');
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.requestId === 'f00dfeedf00dfeedf00dfeedf00dfeed')).toMatchObject({
      component: 'http',
      method: 'GET',
      route: '/manage/[token]',
      path: '/manage/…',
    });
    expect(server.output()).not.toContain('SECRETTOKEN123456');
    expect(server.output()).not.toContain('email=x');
  } finally {
    await server.stop();
  }
});

test('on SIGTERM /readyz says 503 at once while pages are still served, then the port closes', async () => {
  const server = await startServer({ SHUTDOWN_DRAIN_SECONDS: '3' });
  const exited = new Promise<number | null>((r) => server.proc.once('exit', (code) => r(code)));
  const signalled = Date.now();
  server.proc.kill('SIGTERM');
  await expect
    .poll(async () => (await fetch(`${server.base}/readyz`)).status, { intervals: [50], timeout: 1000 })
    .toBe(503);
  const ready = await fetch(`${server.base}/readyz`);
  expect(await ready.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' }, reason: 'draining' });
  expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  expect((await fetch(`${server.base}/impressum`)).status).toBe(200);
  expect(Date.now() - signalled).toBeLessThan(2500);
  await expect
    .poll(
      () =>
        fetch(`${server.base}/healthz`).then(
          () => 'open',
          () => 'closed',
        ),
      { timeout: 10_000 },
    )
    .toBe('closed');
  expect(Date.now() - signalled).toBeGreaterThanOrEqual(3000);
  expect(await exited).toBe(0);
});

test('/readyz says 503 while a migration is missing, and 200 once it is applied', async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const [row] = (
    await client.query(
      'DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations") RETURNING *',
    )
  ).rows;
  const server = await startServer();
  try {
    const res = await fetch(`${server.base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' }, reason: 'migrations' });
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  } finally {
    const columns = Object.keys(row);
    await client.query(
      `INSERT INTO "_prisma_migrations" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
    await client.end();
  }
  try {
    expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

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
