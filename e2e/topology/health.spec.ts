// Health, readiness and draining of scripts/server.ts, each server a process of its own on a database cluster of
// its own: what a proxy's or an orchestrator's health check sees.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { type OwnDatabase, startOwnDatabase, startServerProcess } from '../fixtures/server-process';

test.describe.configure({ mode: 'serial' });

let database: OwnDatabase;
let databaseUrl: string;

test.beforeAll(async () => {
  database = await startOwnDatabase('health');
  databaseUrl = database.url;
});

test.afterAll(async () => {
  await database?.stop();
});

const startServer = (vars: Record<string, string> = {}) => startServerProcess(databaseUrl, vars);

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
  const server = await startServer({ SHUTDOWN_DRAIN_SECONDS: '5' });
  // Rendered once before, so that serving it during the drain is quick on a busy machine too.
  expect((await fetch(`${server.base}/impressum`)).status).toBe(200);
  const exited = new Promise<number | null>((r) => server.proc.once('exit', (code) => r(code)));
  const signalled = Date.now();
  server.proc.kill('SIGTERM');
  await expect
    .poll(async () => (await fetch(`${server.base}/readyz`)).status, { intervals: [50], timeout: 2000 })
    .toBe(503);
  const ready = await fetch(`${server.base}/readyz`);
  expect(await ready.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' }, reason: 'draining' });
  expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  expect((await fetch(`${server.base}/impressum`)).status).toBe(200);
  // Answered within the drain, before the listener closed.
  expect(Date.now() - signalled).toBeLessThan(5000);
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
  expect(Date.now() - signalled).toBeGreaterThanOrEqual(5000);
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
