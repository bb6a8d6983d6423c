import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { installQueues } from './queue-install';
import { log } from './observability/logger';

// Same table as `prisma migrate deploy` creates, so the real CLI agrees with this step.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Arbitrary but fixed key, so concurrent starters serialise on the same lock.
const LOCK_KEY = 72707369;

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

/** The names of the migrations in `migrationsDir`, in the order they are applied. */
export async function listMigrations(migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(path.join(migrationsDir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

/** The query that lists the applied migrations' names (and checksums). */
export const APPLIED_MIGRATIONS_SQL =
  'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';

/** Applies pending migrations from prisma/migrations in order, each in a transaction, under an advisory lock; then installs the job queues. */
export async function migrate(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const names = await listMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const result: MigrateResult = { applied: [], skipped: [] };
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string }>(APPLIED_MIGRATIONS_SQL);
    const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    for (const name of names) {
      const bytes = await readFile(path.join(migrationsDir, name, 'migration.sql'));
      const checksum = createHash('sha256').update(bytes).digest('hex');
      const known = applied.get(name);
      if (known !== undefined) {
        if (known !== checksum) log('migrate').warn(`${name} was modified after it was applied`);
        result.skipped.push(name);
        continue;
      }
      await client.query('BEGIN');
      try {
        const started = new Date();
        await client.query(bytes.toString('utf8'));
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), checksum, name, started],
        );
        await client.query('COMMIT');
        result.applied.push(name);
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    // The outbox's queue tables belong to a ready database as much as the app's own tables do. Installed
    // under the same lock: two starters creating pg-boss's schema at once can deadlock.
    await installQueues(databaseUrl);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return result;
}

/** True when the database holds no event yet: `npm start` and `npm run cluster` seed it then. A plain query, because
 * loading the Prisma client costs most of a second at every start. */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM "Event" LIMIT 1')).rowCount === 0;
  } finally {
    await client.end();
  }
}
