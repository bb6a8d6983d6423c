import PgBoss from 'pg-boss';

// No env import here: migrate.ts (and through it the test setups) runs before the environment is final.

/** The pg-boss queue every outbox mail goes through. */
export const MAIL_QUEUE = 'mail';
/** The periodic job that puts due event reminders into the outbox. */
export const REMINDER_QUEUE = 'mail-reminders';
/** The minutely job that queues outbox rows whose job was never inserted (see lib/mail/outbox-relay.ts). */
export const OUTBOX_RELAY_QUEUE = 'mail-outbox-relay';
/** The daily job that anonymises registrations past their event's retention period (lib/retention). */
export const RETENTION_QUEUE = 'retention';

/** Creates pg-boss's schema and the app's queues (idempotent); part of every migration run. */
export async function installQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false });
  boss.on('error', (error) => console.error('[queue] install', error));
  await boss.start();
  try {
    for (const name of [MAIL_QUEUE, REMINDER_QUEUE, RETENTION_QUEUE, OUTBOX_RELAY_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
