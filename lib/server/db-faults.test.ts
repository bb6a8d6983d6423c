import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFreePort } from '@/test/database';
import { clusterFreezer } from '@/test/freeze';
import { createPrismaClient, type PrismaClient } from './db';
import { defineRoute } from './edge/route';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

// A cluster of this file's own: freezing it (SIGSTOP) must not stall the other test files.
let dir: string;
let cluster: EmbeddedDatabase;
let client: PrismaClient;
let freezer: { freeze: () => void; thaw: () => void } | undefined;

const route = defineRoute({
  access: 'public',
  run: async () => {
    const rows = await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    return { one: rows[0]?.one };
  },
});
const call = () => route(new Request('http://localhost/api/v1/probe'), {} as { params: Promise<object> });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tb-db-faults-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await getFreePort(), quiet: true });
  client = createPrismaClient(cluster.url('postgres'), {
    poolSize: 2,
    connectTimeoutMs: 1000,
    statementTimeoutMs: 2000,
  });
});

afterAll(async () => {
  freezer?.thaw();
  await client?.$disconnect().catch(() => undefined);
  await cluster?.stop().catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('a frozen database', () => {
  it('answers 503 with Retry-After within seconds, and recovers by itself when the database returns', async () => {
    expect((await call()).status).toBe(200);
    freezer = await clusterFreezer(path.join(dir, 'pg'));
    freezer.freeze();
    try {
      // Both a pooled connection (read timeout) and a new one (connect timeout) must give up.
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        const res = await call();
        expect(Date.now() - started).toBeLessThan(6000);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect((await res.json()).error.code).toBe('SERVICE_UNAVAILABLE');
      }
    } finally {
      freezer.thaw();
    }
    let status = 0;
    const deadline = Date.now() + 15_000;
    while (status !== 200 && Date.now() < deadline) {
      status = (await call()).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  }, 60_000);

  it('a statement slower than the statement timeout answers 503', async () => {
    const slow = defineRoute({
      access: 'public',
      run: async () => ({ rows: await client.$queryRaw`SELECT pg_sleep(5)` }),
    });
    const started = Date.now();
    const res = await slow(new Request('http://localhost/api/v1/slow'), {} as { params: Promise<object> });
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(4500);
  });
});
