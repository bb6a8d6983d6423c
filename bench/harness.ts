import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrate } from '../lib/server/migrate';
import { createTestDatabase, getFreePort, type TestDatabase } from '../test/database';

export const root = path.resolve(import.meta.dirname, '..');

export interface Stack {
  baseUrl: string;
  databaseUrl: string;
  /** The server's AUTH_SECRET (the registration scenario signs form tokens with it, as the server's form does). */
  authSecret: string;
  /** The server process (its RSS is sampled by the export scenario). */
  serverPid: number;
  /** Environment of the running server, for starting a second one on the same data (cold start). */
  serverEnv: (port: number) => NodeJS.ProcessEnv;
  stop: () => Promise<void>;
}

/** Polls `url` until it answers 200; returns the milliseconds it took. */
export async function waitForOk(url: string, timeoutMs = 60_000, everyMs = 200): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return performance.now() - started;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`no answer from ${url}`);
}

/** Starts the production server (`scripts/server.ts`) with `env`; the child's environment never inherits NODE_OPTIONS. */
export function spawnServer(env: NodeJS.ProcessEnv): ChildProcess {
  const { NODE_OPTIONS: _ignored, ...clean } = env;
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server when it exits (for profiling, see bench/NOTES.md).
  const profile = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
  return spawn(process.execPath, [...profile, '--import', 'tsx', path.join(root, 'scripts/server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: clean,
  });
}

/** Sends SIGTERM and waits for the process to exit. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Starts bench/smtp-discard.ts in its own process; resolves with its port and a stop function. */
async function startDiscardingSmtp(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/smtp-discard.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`SMTP sink exited with ${code}`)));
  });
  return { url: `smtp://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

/** A fresh database, an SMTP sink and the production server, for one bench run. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` first.');
  const database: TestDatabase = await createTestDatabase();
  await migrate(database.url);
  const sink = await startDiscardingSmtp();
  const port = await getFreePort();
  const secret = randomBytes(32).toString('base64url');
  const serverEnv = (p: number): NodeJS.ProcessEnv => {
    const url = `http://localhost:${p}`;
    return {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(p),
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      APP_URL: url,
      NEXTAUTH_URL: url,
      AUTH_SECRET: secret,
      TRUST_PROXY_HOPS: '1',
      ...env,
    };
  };
  const baseUrl = `http://localhost:${port}`;
  const server = spawnServer(serverEnv(port));
  await waitForOk(baseUrl);
  return {
    baseUrl,
    databaseUrl: database.url,
    authSecret: secret,
    serverPid: server.pid!,
    serverEnv,
    async stop() {
      await stopProcess(server);
      await sink.stop();
      await database.cleanup();
    },
  };
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Milliseconds as "12.3". */
export const ms = (value: number) => value.toFixed(1);

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LoadResult {
  /** Completed operations per second. */
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  count: number;
}

/** Summarises latencies (ms) of `count` operations over `seconds`. */
export function summarize(latencies: number[], seconds: number, errors: number): LoadResult {
  return {
    rate: latencies.length / seconds,
    count: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/**
 * The floor's load generator: `concurrency` loops call `operation(i)` back to back for `seconds`,
 * like autocannon's connections do for HTTP. Failures are counted, not thrown.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  operation: (i: number) => Promise<void>,
): Promise<LoadResult> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await operation(n++);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarize(latencies, (performance.now() - started) / 1000, errors);
}
