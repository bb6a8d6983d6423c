// The app image's runtime stage, laid out here without Docker: only the paths its `COPY --from=build` lines take
// (from this checkout and its build), with its ENV, then compose's migrate command, the image's CMD and compose's
// worker command run in that directory, and the image's HEALTHCHECK command against the server. A file the server
// needs at run time but the Dockerfile does not copy fails this spec. node_modules stands in for the image's
// `npm ci --omit=dev` (deploy/container.test.ts checks that everything imported is a production dependency).
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { parseCopy, parseDockerfile } from '../../deploy/dockerfile';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../lib/server/embedded-postgres';
import { getFreePort } from '../../test/database';
import { waitForServer } from '../../scripts/wait-for-server';

const root = path.resolve(import.meta.dirname, '../..');
test.describe.configure({ mode: 'serial' });

const runtime = parseDockerfile(readFileSync(path.join(root, 'Dockerfile'), 'utf8')).at(-1)!;
const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, { command?: string[]; environment?: Record<string, string> }>;
};
/** The exec-form command of CMD, or of HEALTHCHECK after its options. */
function command(keyword: 'CMD' | 'HEALTHCHECK'): string[] {
  const args = runtime.instructions.find((i) => i.keyword === keyword)!.args;
  return JSON.parse(keyword === 'CMD' ? args : args.slice(args.indexOf('CMD ') + 4)) as string[];
}

/** The runtime stage's ENV (KEY=value pairs, several per line). */
function imageEnv(): Record<string, string> {
  const pairs = runtime.instructions
    .filter((i) => i.keyword === 'ENV')
    .flatMap((i) => [...i.args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!] as const));
  return Object.fromEntries(pairs);
}

let dir: string;
let app: string;
let cluster: EmbeddedDatabase;
let env: Record<string, string>;
const running: ChildProcess[] = [];

function start(argv: string[], extra: Record<string, string>): { proc: ChildProcess; output: () => string } {
  let output = '';
  // Only these variables, as in a container: nothing of the test runner's environment leaks in.
  const vars = { ...env, ...extra } as unknown as NodeJS.ProcessEnv;
  const proc = spawn(argv[0]!, argv.slice(1), { cwd: app, env: vars });
  proc.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  proc.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  running.push(proc);
  return { proc, output: () => output };
}

const exited = (proc: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', resolve),
  );

test.beforeAll(async () => {
  expect(existsSync(path.join(root, '.next/BUILD_ID')), 'needs the production build').toBe(true);
  dir = mkdtempSync(path.join(os.tmpdir(), 'tb-image-runtime-'));
  chmodSync(dir, 0o755);
  app = path.join(dir, 'app');
  mkdirSync(app);
  for (const copy of runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => parseCopy(i.args))) {
    if (copy.from === 'prod-deps') {
      symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'));
      continue;
    }
    expect(copy.from).toBe('build');
    for (const source of copy.sources) {
      const relative = path.posix.relative('/app', source);
      const target = copy.destination.endsWith('/')
        ? path.join(app, path.basename(relative))
        : path.join(app, copy.destination);
      cpSync(path.join(root, relative), target, {
        recursive: true,
        // As the build stage leaves them: no Next build cache, no tests.
        filter: (file) => !file.includes(`${path.sep}.next${path.sep}cache`) && !file.endsWith('.test.ts'),
      });
    }
  }
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await getFreePort(), quiet: true });
  await cluster.ensureDatabase('image');
  const key = () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  env = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    ...imageEnv(),
    DATABASE_URL: cluster.url('image'),
    APP_URL: 'https://tagung.example.org',
    NEXTAUTH_URL: 'https://tagung.example.org',
    AUTH_SECRET: randomBytes(32).toString('base64'),
    TICKET_SIGNING_KEY: key(),
    CERTIFICATE_SIGNING_KEY: key(),
    // Nothing listens there: the worker only has to start, not send.
    SMTP_URL: 'smtp://127.0.0.1:9',
    MAIL_VIEW: 'off',
  };
});

test.afterAll(async () => {
  for (const proc of running) if (proc.exitCode === null) proc.kill('SIGKILL');
  await Promise.all(running.map(exited));
  await cluster?.stop().catch(() => undefined);
  if (dir) await rm(dir, { recursive: true, force: true });
});

test("compose's migrate command migrates from the image's files", async () => {
  const migrate = start(compose.services.migrate!.command!, {});
  expect(await exited(migrate.proc), migrate.output()).toBe(0);
  expect(migrate.output()).toMatch(/\[migrate\] applied [1-9]\d*/);
});

test("the image's CMD serves the app and compose's worker command runs the jobs, both stopping on SIGTERM", async () => {
  test.setTimeout(120_000);
  const port = String(await getFreePort());
  // compose's settings of an app instance (the rest of its environment is .env's, above).
  const instance = compose.services.app1!.environment!;
  const server = start(command('CMD'), {
    PORT: port,
    // Loopback instead of the image's 0.0.0.0: nothing outside this machine needs to reach the test.
    HOST: '127.0.0.1',
    MAIL_WORKER: instance.MAIL_WORKER!,
    TRUST_PROXY_HOPS: instance.TRUST_PROXY_HOPS!,
    SHUTDOWN_DRAIN_SECONDS: instance.SHUTDOWN_DRAIN_SECONDS!,
  });
  const worker = start(compose.services.worker!.command!, {});
  await waitForServer(`http://127.0.0.1:${port}/api/v1/events`, 60_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${server.output()}`);
  });
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${port}/signin`)).status).toBe(200);

  // The HEALTHCHECK command agrees with /healthz.
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  const check = start(command('HEALTHCHECK'), { PORT: port });
  expect(await exited(check.proc), check.output()).toBe(health.ok ? 0 : 1);

  expect(worker.proc.exitCode, worker.output()).toBeNull();
  worker.proc.kill('SIGTERM');
  server.proc.kill('SIGTERM');
  expect(await exited(worker.proc), worker.output()).toBe(0);
  expect(await exited(server.proc), server.output()).toBe(0);
});
