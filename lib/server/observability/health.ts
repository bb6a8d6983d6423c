// Liveness and readiness. Liveness needs nothing but a running process. Readiness asks the app's own pool (so a
// pool that cannot reach the database says so) and compares the applied migrations with prisma/migrations.
import { db } from '@/lib/server/db';
import { APPLIED_MIGRATIONS_SQL, listMigrations } from '@/lib/server/migrate';

/** Why an instance is not ready: it is stopping, the database does not answer, or migrations are missing. */
export type NotReadyReason = 'draining' | 'database' | 'migrations';

export type Readiness = { ready: true } | { ready: false; reason: NotReadyReason };

export interface ReadinessCheck {
  check(): Promise<Readiness>;
  /** From now on the instance is draining: not ready, whatever the database says. */
  startDraining(): void;
  readonly draining: boolean;
}

/** Long enough for a busy pool, short enough for a health checker's timeout (Docker's default is 30 s). */
export const READINESS_TIMEOUT_MS = 2000;

/** `promise`, or a rejection once `timeoutMs` have passed without an answer. */
export function bounded<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createReadinessCheck(
  options: { migrationsDir?: string; timeoutMs?: number; client?: Pick<typeof db, '$queryRawUnsafe'> } = {},
): ReadinessCheck {
  const client = options.client ?? db;
  const timeoutMs = options.timeoutMs ?? READINESS_TIMEOUT_MS;
  let draining = false;
  // Migrations are only ever added, by a deploy that restarts the instance: once current, they stay current.
  let migrationsCurrent = false;

  async function migrationsApplied(): Promise<boolean> {
    if (migrationsCurrent) return true;
    const expected = await listMigrations(options.migrationsDir);
    let rows: { migration_name: string }[];
    try {
      rows = await bounded(client.$queryRawUnsafe<{ migration_name: string }[]>(APPLIED_MIGRATIONS_SQL), timeoutMs);
    } catch {
      // No migrations table yet: nothing applied.
      return false;
    }
    const applied = new Set(rows.map((r) => r.migration_name));
    migrationsCurrent = expected.every((name) => applied.has(name));
    return migrationsCurrent;
  }

  return {
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
    async check() {
      if (draining) return { ready: false, reason: 'draining' };
      try {
        await bounded(client.$queryRawUnsafe('SELECT 1'), timeoutMs);
      } catch {
        return { ready: false, reason: 'database' };
      }
      if (!(await migrationsApplied())) return { ready: false, reason: 'migrations' };
      return draining ? { ready: false, reason: 'draining' } : { ready: true };
    },
  };
}
