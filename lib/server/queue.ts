import PgBoss from 'pg-boss';
import type { Tx } from '@/lib/server/db';
import { env, requireDatabaseUrl } from '@/lib/server/env';

/** The pg-boss queue every outbox mail goes through. */
export const MAIL_QUEUE = 'mail';
/** The periodic job that puts due event reminders into the outbox. */
export const REMINDER_QUEUE = 'mail-reminders';

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
export function txExecutor(tx: Tx): PgBoss.Db {
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

/** Creates pg-boss's schema and the app's queues (idempotent); part of every migration run. */
export async function installQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false });
  boss.on('error', (error) => console.error('[queue] install', error));
  await boss.start();
  try {
    for (const name of [MAIL_QUEUE, REMINDER_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
