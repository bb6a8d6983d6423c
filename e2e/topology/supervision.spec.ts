import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../../lib/server/embedded-postgres';
import { waitForServer } from '../../scripts/wait-for-server';
import { getFreePort } from '../../test/database';
import {
  createApiKey,
  isAlive,
  register,
  requiredAnswers,
  startNodeScript,
  stopProcess,
} from '../fixtures/app-process';
import { EXAMPLE_SLUG } from '../fixtures/constants';

// `npm start` with its embedded PostgreSQL; the postmaster is killed with SIGKILL and must come back by itself.
const RECOVERY_BOUND_SECONDS = 30;

let dir = '';
let start: ChildProcess | undefined;

test.afterAll(async () => {
  await stopProcess(start);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** Pids of every process whose command line names this data directory (the postmaster and its children). */
function postgresProcessesOf(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline[0]?.endsWith('postgres') && cmdline.includes(dataDir)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

test('npm start restarts its embedded PostgreSQL after kill -9, and registrations go on with nothing lost', async () => {
  test.setTimeout(240_000);
  dir = await mkdtemp(path.join(os.tmpdir(), 'tb-supervision-'));
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const pgDir = path.join(dataDir, 'pg');
  const [port, pgPort] = [await getFreePort(), await getFreePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  // As `npm start` runs it (tsx), without the wrapper process, so that its pid is the supervisor's own.
  start = startNodeScript(
    'start.ts',
    [],
    { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: undefined },
    'npm-start',
  );
  let output = '';
  start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForServer(`${baseUrl}/api/v1/events`, 120_000);

  const databaseUrl = embeddedDatabaseUrl(pgPort, 'tagungsbuero');
  const apiKey = await createApiKey(databaseUrl);
  const answers = await requiredAnswers(baseUrl, EXAMPLE_SLUG);
  const before = [];
  for (let i = 0; i < 5; i++) before.push(await register(baseUrl, EXAMPLE_SLUG, apiKey, answers));
  expect(before.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);

  const killed = postmasterPid(pgDir);
  process.kill(killed, 'SIGKILL');
  const killedAt = Date.now();
  const during: number[] = [];
  let recovered: Awaited<ReturnType<typeof register>> | undefined;
  while (Date.now() - killedAt < RECOVERY_BOUND_SECONDS * 1000) {
    const attempt = await register(baseUrl, EXAMPLE_SLUG, apiKey, answers);
    if (attempt.status === 201) {
      recovered = attempt;
      break;
    }
    during.push(attempt.status);
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (Date.now() - killedAt) / 1000;
  console.log(
    `[supervision] registrations succeed again ${seconds.toFixed(1)} s after kill -9 of the postmaster ` +
      `(answers meanwhile: ${during.join(', ') || 'none'})`,
  );
  expect(recovered, `no registration succeeded within ${RECOVERY_BOUND_SECONDS} s`).toBeDefined();
  // While the database is away the app answers 503 (or the connection waits), never a bare 500.
  expect(during.filter((status) => status !== 503 && status !== 0)).toEqual([]);
  expect(postmasterPid(pgDir)).not.toBe(killed);
  expect(output).toMatch(/embedded PostgreSQL \(pid \d+\) ended unexpectedly \(signal SIGKILL\)/);
  expect(output).toContain('embedded PostgreSQL is back');

  const after = [];
  for (let i = 0; i < 3; i++) after.push(await register(baseUrl, EXAMPLE_SLUG, apiKey, answers));
  expect(after.map((r) => r.status)).toEqual([201, 201, 201]);

  // Nothing lost: every registration answered with 201, before and after the crash, is stored once.
  const ids = [...before, recovered, ...after].map((r) => r?.id);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM "Registration" WHERE id = ANY($1)', [ids]);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
  } finally {
    await client.end();
  }

  // A deliberate stop is no crash: nothing is restarted, and no postgres process of this data directory remains.
  const lastPostmaster = postmasterPid(pgDir);
  const restarts = () => output.match(/restarting embedded PostgreSQL/g)?.length ?? 0;
  const restartsBeforeStop = restarts();
  await stopProcess(start);
  // 0 from its own shutdown, or 143 (128 + SIGTERM) when embedded-postgres's exit hook ends the process first.
  expect([0, 143]).toContain(start.exitCode);
  expect(isAlive(lastPostmaster)).toBe(false);
  expect(postgresProcessesOf(pgDir)).toEqual([]);
  expect(restarts()).toBe(restartsBeforeStop);
});
