// The server's own defaults, each in a server process of its own on a database cluster of its own: the loopback
// bind, the local mail view's gate, and 503 while that cluster is frozen.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../lib/server/embedded-postgres';
import { migrate } from '../lib/server/migrate';
import { getFreePort } from '../test/database';
import { clusterFreezer } from '../test/freeze';
import { startServerProcess } from './fixtures/server-process';

test.describe.configure({ mode: 'serial' });

let dir: string;
let cluster: EmbeddedDatabase;
let databaseUrl: string;

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tb-e2e-ops-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await getFreePort(), quiet: true });
  await cluster.ensureDatabase('ops');
  databaseUrl = cluster.url('ops');
  await migrate(databaseUrl);
});

test.afterAll(async () => {
  await cluster?.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** scripts/server.ts as a local install runs it (embedded database, mail captured), plus `vars`. */
const startServer = (vars: Record<string, string>) =>
  startServerProcess(
    databaseUrl,
    { TB_EMBEDDED_DB: '1', DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000', ...vars },
    '/impressum',
  );

/** An address of this machine that is not loopback, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

const status = async (url: string) => (await fetch(url, { redirect: 'manual' })).status;

test('by default the server listens on loopback only and serves the mail view there', async () => {
  const server = await startServer({});
  try {
    expect(await status(`http://127.0.0.1:${server.port}/dev/mail`)).toBe(200);
    const outside = outsideAddress();
    if (outside) await expect(fetch(`http://${outside}:${server.port}/impressum`)).rejects.toThrow();
    expect(server.output()).toContain(`ready on http://127.0.0.1:${server.port}`);
    expect(server.output()).not.toContain('WARNING');
  } finally {
    await server.stop();
  }
});

test('HOST=0.0.0.0 opens the server, but not the mail view', async () => {
  const server = await startServer({ HOST: '0.0.0.0' });
  try {
    const outside = outsideAddress();
    if (outside) expect(await status(`http://${outside}:${server.port}/impressum`)).toBe(200);
    expect(await status(`http://127.0.0.1:${server.port}/dev/mail`)).toBe(404);
    expect(await status(`http://127.0.0.1:${server.port}/dev/mail/previews`)).toBe(404);
  } finally {
    await server.stop();
  }
});

test('MAIL_VIEW=on serves the mail view on any address, with a warning at the start', async () => {
  const server = await startServer({ HOST: '0.0.0.0', MAIL_VIEW: 'on' });
  try {
    expect(await status(`http://127.0.0.1:${server.port}/dev/mail`)).toBe(200);
    expect(server.output()).toMatch(/WARNING: the mail view \/dev\/mail is on .*sign-in links/);
  } finally {
    await server.stop();
  }
});

test('a frozen database: pages and the API answer 503 with Retry-After within seconds, then recover', async () => {
  const server = await startServer({});
  const base = `http://127.0.0.1:${server.port}`;
  const { freeze, thaw } = await clusterFreezer(path.join(dir, 'pg'));
  try {
    expect(await status(`${base}/`)).toBe(200);
    freeze();
    for (const url of [`${base}/`, `${base}/api/v1/events`]) {
      const started = Date.now();
      const res = await fetch(url);
      expect(Date.now() - started, url).toBeLessThan(8000);
      expect(res.status, url).toBe(503);
      expect(res.headers.get('retry-after'), url).toMatch(/^\d+$/);
    }
    thaw();
    await expect.poll(() => status(`${base}/`), { timeout: 20_000 }).toBe(200);
    expect(await status(`${base}/api/v1/events`)).toBe(200);
  } finally {
    thaw();
    await server.stop();
  }
});
