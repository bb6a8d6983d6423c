// `npm start`: database (embedded unless DATABASE_URL is set), migrations, seed, build, then the server
// (scripts/server.ts: Next's request handler and the job worker).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  embeddedDatabaseUrl,
  prepareDataDirParent,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../lib/server/embedded-postgres';
import { isDatabaseEmpty, migrate } from '../lib/server/migrate';
import { isLoopbackHost } from '../lib/server/env-schema';
import { checkDatabaseReachable, checkStartConfig } from '../lib/server/start-config';

const dev = process.argv.includes('--dev');
const root = process.cwd();
const dataDir = path.resolve(process.env.DATA_DIR || '.data');
const port = process.env.PORT || '3000';
const log = (message: string) => console.log(`[tagungsbuero] ${message}`);

process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';

/** A wrong setting ends the start with one line naming the variable, before anything is started or built. */
function refuse(message: string): never {
  console.error(`[tagungsbuero] configuration error: ${message}`);
  process.exit(2);
}

const configError = checkStartConfig(process.env);
if (configError) refuse(configError);
process.env.APP_URL ||= `http://localhost:${port}`;
// next-auth 4 builds its callback URLs from NEXTAUTH_URL.
process.env.NEXTAUTH_URL ||= process.env.APP_URL;

let embedded: EmbeddedDatabase | undefined;
let child: ChildProcess | undefined;

async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!process.env.TB_EMBEDDED_DB)
    throw new Error('AUTH_SECRET must be set when DATABASE_URL points at an external database.');
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const proc = spawn(command, args, { stdio: 'inherit', env: process.env });
    proc.on('exit', (code) => resolve(code ?? 1));
  });
}

async function shutdown(code: number): Promise<never> {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
  }
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}

// `node --import tsx` (not the tsx CLI, which kills a child that is slow to exit) so that SIGTERM
// reaches the server directly and its graceful shutdown can finish the running mail sends. With
// TB_LISTEN_AFTER_MESSAGE the server prepares Next at once but listens only when told the database is ready.
function spawnServer(waitForDatabase: boolean): ChildProcess {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'server.ts'), ...(dev ? ['--dev'] : [])],
    {
      stdio: waitForDatabase ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
      env: {
        ...process.env,
        PORT: port,
        NODE_ENV: dev ? 'development' : 'production',
        ...(waitForDatabase ? { TB_LISTEN_AFTER_MESSAGE: '1' } : {}),
      },
    },
  );
  server.on('exit', (code) => void shutdown(code ?? 0));
  return server;
}

async function main() {
  // Opened to 755 only when created here (never /tmp or another shared directory): the embedded cluster's `postgres`
  // user must reach its directory in it.
  await prepareDataDirParent(path.join(dataDir, 'pg'));
  const pgPort = Number(process.env.EMBEDDED_PG_PORT || 54329);
  const useEmbedded = !process.env.DATABASE_URL;
  if (useEmbedded) {
    process.env.DATABASE_URL = embeddedDatabaseUrl(pgPort, 'tagungsbuero');
    process.env.TB_EMBEDDED_DB = '1';
  }
  process.env.AUTH_SECRET = await authSecret();
  if (!useEmbedded) {
    const unreachable = await checkDatabaseReachable(
      process.env.DATABASE_URL!,
      Number(process.env.DATABASE_CONNECT_TIMEOUT_MS || 5000),
    );
    if (unreachable) refuse(unreachable);
  }
  const built = dev || existsSync(path.join(root, '.next', 'BUILD_ID'));
  // Next takes seconds to load: it does so while the database starts and migrates (cold start, bench/NOTES.md).
  if (built) child = spawnServer(true);
  if (useEmbedded) {
    log(`starting embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${path.relative(root, dataDir) || '.'}/pg)`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: pgPort,
      quiet: true,
      // The app's pool answers 503 while the database is away and reconnects by itself once it is back.
      supervise: {
        log,
        onGiveUp: (error) => {
          console.error(`[tagungsbuero] ${error.message}; stopping`);
          void shutdown(1);
        },
      },
    });
    await embedded.ensureDatabase('tagungsbuero');
  }
  const databaseUrl = process.env.DATABASE_URL!;

  const result = await migrate(databaseUrl);
  log(`migrations: ${result.applied.length} applied, ${result.skipped.length} already there`);

  // A plain query decides whether to seed: loading the Prisma client costs most of a second at every start.
  if (await isDatabaseEmpty(databaseUrl)) {
    const { db, disconnectDb } = await import('../lib/server/db');
    const { seed } = await import('../prisma/seed');
    await seed(db);
    await disconnectDb();
    log('empty database seeded with the conference and an example event');
  }

  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!built) {
    log('no production build yet: running `next build` first');
    const code = await run(process.execPath, [next, 'build']);
    if (code !== 0) return shutdown(code);
  }
  if (!process.env.SMTP_URL) {
    const loopback = isLoopbackHost(process.env.HOST || '127.0.0.1');
    const view = process.env.MAIL_VIEW === 'on' || (process.env.MAIL_VIEW !== 'off' && loopback);
    log(`no SMTP_URL: mail is captured${view ? `; read it at ${process.env.APP_URL}/dev/mail` : ''}`);
  }
  if (child) child.send('database-ready');
  else child = spawnServer(false);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

main().catch(async (error) => {
  console.error(`[tagungsbuero] start failed: ${(error as Error).message}`);
  await shutdown(1);
});
