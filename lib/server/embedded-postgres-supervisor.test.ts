import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { getFreePort } from '@/test/database';
import { describeExit } from './embedded-postgres-supervisor';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('describeExit', () => {
  it('names the signal when there is one, else the exit code', () => {
    expect(describeExit(null, 'SIGKILL')).toBe('signal SIGKILL');
    expect(describeExit(1, null)).toBe('exit code 1');
  });
});

describe('embedded PostgreSQL under supervision', () => {
  let dir = '';
  let cluster: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('comes back with its data after kill -9 of the postmaster, and stays down after stop()', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tb-supervise-'));
    await chmod(dir, 0o755);
    const dataDir = path.join(dir, 'pg');
    const lines: string[] = [];
    const givenUp: Error[] = [];
    cluster = await startEmbeddedPostgres({
      dataDir,
      port: await getFreePort(),
      quiet: true,
      supervise: { log: (line) => lines.push(line), onGiveUp: (error) => givenUp.push(error) },
    });
    const url = cluster.url('postgres');
    await query(url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2), (3)');

    const first = postmasterPid(dataDir);
    process.kill(first, 'SIGKILL');
    const killedAt = Date.now();
    let rows: unknown[] | undefined;
    while (!rows && Date.now() - killedAt < 30_000) {
      rows = await query(url, 'SELECT count(*)::int AS n FROM kept').catch(() => undefined);
      if (!rows) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows).toEqual([{ n: 3 }]);
    const second = postmasterPid(dataDir);
    expect(second).not.toBe(first);
    expect(lines.some((l) => l.includes('ended unexpectedly (signal SIGKILL)'))).toBe(true);
    expect(lines.some((l) => l.includes('attempt 1'))).toBe(true);
    expect(givenUp).toEqual([]);

    await cluster.stop();
    cluster = undefined;
    const restartsBefore = lines.filter((l) => l.startsWith('restarting')).length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(alive(second)).toBe(false);
    expect(lines.filter((l) => l.startsWith('restarting')).length).toBe(restartsBefore);
  }, 60_000);
});
