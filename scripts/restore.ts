// `npm run restore -- FILE [--force]`: restores a `npm run backup` file into DATABASE_URL (or the embedded database of
// DATA_DIR), then applies newer migrations. Refuses a target with any table in `public` unless --force, which replaces
// everything in it. Exit 2 with one line on any error; a refusal changes nothing.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { isCustomFormatDump, parseRestoreArgs } from '../lib/server/backup/args';
import {
  formatCounts,
  libpqConnection,
  openTarget,
  publicTableCount,
  rowCounts,
  serverMajor,
  type Target,
  withClient,
} from '../lib/server/backup/database';
import { runTool } from '../lib/server/backup/run-tool';
import { migrate } from '../lib/server/migrate';
import { ensurePgTools } from '../lib/server/pg-tools';

const log = (message: string) => console.log(`[restore] ${message}`);

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch(() => {
    throw new Error(`cannot read ${file}`);
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    return head;
  } finally {
    await handle.close();
  }
}

/** Drops every schema of the target (the app's and pg-boss's) and recreates an empty `public`, in one transaction. */
async function emptyDatabase(url: string): Promise<void> {
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace
        WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
    );
    await c.query('BEGIN');
    for (const { name } of rows) await c.query(`DROP SCHEMA "${name.replace(/"/g, '""')}" CASCADE`);
    await c.query('CREATE SCHEMA public');
    await c.query('COMMIT');
  });
}

async function restore(target: Target, file: string, force: boolean): Promise<void> {
  const tables = await withClient(target.url, publicTableCount);
  if (tables > 0 && !force)
    throw new Error(
      `${target.label} is not empty (${tables} tables in schema public); restore into an empty database, or pass --force to replace its contents`,
    );
  const { pgRestore } = await ensurePgTools(await serverMajor(target.url));
  // Reading the whole table of contents proves the file is complete before anything is dropped.
  await runTool(pgRestore, ['--list', file], {}).catch((error: Error) => {
    throw new Error(`${file} is not a readable backup (${error.message})`);
  });
  const connection = libpqConnection(target.url);
  if (tables > 0) {
    log(`--force: dropping everything in ${target.label}`);
    await emptyDatabase(target.url);
  }
  log(`restoring ${file} into ${target.label}`);
  const started = Date.now();
  await runTool(
    pgRestore,
    ['--single-transaction', '--exit-on-error', '--no-owner', '--no-acl', `--dbname=${connection.dbname}`, file],
    connection.env,
  );
  const migrated = await migrate(target.url);
  log(`restored in ${((Date.now() - started) / 1000).toFixed(1)} s; migrations: ${migrated.applied.length} applied`);
  log(`rows: ${formatCounts(await rowCounts(target.url))}`);
}

async function main(): Promise<void> {
  const args = parseRestoreArgs(process.argv.slice(2));
  if (!args.ok) fail(args.error);
  const file = path.resolve(args.value.file);
  let target: Target | undefined;
  try {
    // The file is checked before any database is opened, let alone changed.
    if (!isCustomFormatDump(await readHead(file)))
      throw new Error(`${file} is not a pg_dump custom-format file (npm run backup writes those)`);
    target = await openTarget(process.env, true);
    await restore(target, file, args.value.force);
  } catch (error) {
    await target?.close().catch(() => undefined);
    fail((error as Error).message || String(error));
  }
  await target.close();
}

function fail(message: string): never {
  console.error(`[restore] error: ${message}`);
  process.exit(2);
}

await main();
