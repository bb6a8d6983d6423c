import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/server/db';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const globalForQueue = globalThis as unknown as { tagungsbueroBoss?: PgBoss };

/** Connection and maintenance settings shared by producers, the worker and the installer. */
export function bossOptions(overrides: PgBoss.ConstructorOptions = {}): PgBoss.ConstructorOptions {
  return {
    connectionString: requireDatabaseUrl(),
    max: 3,
    application_name: 'tagungsbuero-queue',
    // Expired active jobs (a crashed worker) are moved to retry by maintenance; check often.
    maintenanceIntervalSeconds: env.MAIL_MAINTENANCE_SECONDS,
    ...overrides,
  };
}

/**
 * A pg-boss instance for enqueuing only. It is never started: jobs are written through the caller's
 * transaction (`{ db: txExecutor(tx) }`), so it needs no pool of its own.
 */
export function getProducer(): PgBoss {
  globalForQueue.tagungsbueroBoss ??= new PgBoss(bossOptions({ supervise: false, schedule: false, migrate: false }));
  return globalForQueue.tagungsbueroBoss;
}

/** Lets pg-boss run its SQL inside a Prisma interactive transaction, so a job commits or rolls back with it. */
export function txExecutor(tx: Pick<Tx, '$queryRawUnsafe'>): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe(text, ...values) }),
  };
}

/**
 * Retry policy for mail jobs: exponential backoff from MAIL_RETRY_DELAY_SECONDS, with as many attempts
 * as it takes for the delays to add up to MAIL_RETRY_HOURS (pg-boss waits delay·2^(n-1) to delay·2^n before retry n).
 */
export function mailRetryOptions(): Required<PgBoss.RetryOptions> & { expireInSeconds: number } {
  const delay = env.MAIL_RETRY_DELAY_SECONDS;
  const window = env.MAIL_RETRY_HOURS * 3600;
  let retryLimit = 1;
  while (delay * (2 ** retryLimit - 1) < window && retryLimit < 30) retryLimit++;
  return { retryLimit, retryDelay: delay, retryBackoff: true, expireInSeconds: env.MAIL_SEND_TIMEOUT_SECONDS };
}
