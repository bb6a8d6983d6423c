import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { migrate } from '../lib/server/migrate';
import { createTestDatabase, getFreePort } from '../test/database';
import { startSmtpSink } from '../test/smtp-sink';

export interface Stack {
  baseUrl: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..');

async function waitForServer(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

/** A fresh database, an SMTP sink and the production server (built first if needed), for one bench run. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const database = await createTestDatabase();
  await migrate(database.url);
  const sink = await startSmtpSink();
  const port = await getFreePort();
  const baseUrl = `http://localhost:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/server.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port),
      DATABASE_URL: database.url, SMTP_URL: sink.url, APP_URL: baseUrl, NEXTAUTH_URL: baseUrl,
      AUTH_SECRET: randomBytes(32).toString('base64url'), TRUST_PROXY_HOPS: '1', ...env,
    },
  });
  await waitForServer(baseUrl);
  return {
    baseUrl,
    databaseUrl: database.url,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
      await sink.close();
      await database.cleanup();
    },
  };
}

/** Milliseconds as "12.3". */
export const ms = (value: number) => value.toFixed(1);

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
