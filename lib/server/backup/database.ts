// The database `npm run backup` and `npm run restore` work on: DATABASE_URL, or the embedded one of DATA_DIR, which is
// used where it runs (under `npm start`) and otherwise started for the command and stopped after it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { embeddedDatabaseUrl, prepareDataDirParent, startEmbeddedPostgres } from '../embedded-postgres';

export interface Target {
  url: string;
  /** For messages: database name and host, never the password. */
  label: string;
  close: () => Promise<void>;
}

const EMBEDDED_DATABASE = 'tagungsbuero';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE "${name}"`);
  });
}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${decodeURIComponent(u.pathname.slice(1))} on ${u.hostname}:${u.port || 5432}`;
}

/** `createIfMissing`: a restore may initialise a fresh embedded cluster; a backup of nothing is an error. */
export async function openTarget(env: NodeJS.ProcessEnv, createIfMissing: boolean): Promise<Target> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, label: describeUrl(env.DATABASE_URL), close: async () => {} };
  const port = Number(env.EMBEDDED_PG_PORT || 54329);
  const url = embeddedDatabaseUrl(port, EMBEDDED_DATABASE);
  const label = `embedded ${describeUrl(url)}`;
  if (await answers(embeddedDatabaseUrl(port, 'postgres'))) {
    if (createIfMissing) await ensureDatabase(embeddedDatabaseUrl(port, 'postgres'), EMBEDDED_DATABASE);
    return { url, label, close: async () => {} };
  }
  const dataDir = path.join(path.resolve(env.DATA_DIR || '.data'), 'pg');
  if (!createIfMissing && !existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new Error(`no embedded database in ${dataDir} and DATABASE_URL is not set`);
  await prepareDataDirParent(dataDir);
  const cluster = await startEmbeddedPostgres({ dataDir, port, quiet: true });
  await cluster.ensureDatabase(EMBEDDED_DATABASE);
  return { url, label, close: () => cluster.stop() };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]?.v) / 10000);
  });
}

/** How many tables the `public` schema holds: a restore refuses a target with any. */
export async function publicTableCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
  );
  return rows[0]?.n ?? 0;
}

/** Exact row counts of every table in `public`, by table name. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM public."${name.replace(/"/g, '""')}"`,
      );
      counts[name] = rows[0]?.n ?? 0;
    }
    return counts;
  });
}

// Prisma's own URL parameters, which libpq (pg_dump, pg_restore) refuses as invalid.
const PRISMA_PARAMETERS = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'socket_timeout',
  'statement_cache_size',
];

/**
 * The connection for pg_dump/pg_restore: the URL without its password (a command line is visible to every user of the
 * machine) and PGPASSWORD in the environment.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  for (const name of PRISMA_PARAMETERS) u.searchParams.delete(name);
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** The main tables whose counts a backup and a restore print. */
export const MAIN_TABLES = ['Event', 'Registration', 'CheckIn', 'User', 'OutboxMail', 'Certificate', 'AuditLog'];

export function formatCounts(counts: Record<string, number>): string {
  return MAIN_TABLES.filter((t) => t in counts)
    .map((t) => `${t} ${(counts[t] ?? 0).toLocaleString('de-DE')}`)
    .join(', ');
}
