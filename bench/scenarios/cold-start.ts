// Cold start: `npm start`'s process tree (embedded PostgreSQL from an existing data directory, migrations check,
// server) from spawn to the first 200 of the home page, with an existing build.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getFreePort } from '../../test/database';
import { percentile, root, stopProcess, waitForOk } from '../harness';
import type { Row } from '../report';
import type { Scenario } from './context';

const RUNS = 3;

export const coldStart: Scenario = async ({ stack, log }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tb-bench-cold-'));
  const [port, pgPort] = [await getFreePort(), await getFreePort()];
  const { DATABASE_URL: _db, NODE_OPTIONS: _opts, ...inherited } = stack.serverEnv(port);
  const env = { ...inherited, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) };
  const start = () =>
    spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
  const url = `http://localhost:${port}/`;
  const times: number[] = [];
  try {
    // The first start creates the data directory, migrates and seeds: not measured.
    const first = start();
    await waitForOk(url, 180_000, 100);
    await stopProcess(first);
    for (let i = 0; i < RUNS; i++) {
      const child = start();
      times.push(await waitForOk(url, 60_000, 25));
      await stopProcess(child);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const median = percentile(times, 50);
  log(`cold start: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s`);
  return [
    {
      scenario: 'Cold start (npm start, existing build and data)',
      measured: 'app',
      throughput: `${(median / 1000).toFixed(2)} s (median of ${RUNS})`,
      target: '< 5 s',
      met: Math.max(...times) < 5000,
      notes: `runs: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; spawn → first 200 of /`,
    } satisfies Row,
  ];
};
