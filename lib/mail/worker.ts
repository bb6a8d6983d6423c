import PgBoss from 'pg-boss';
import { env } from '@/lib/server/env';
import { anonymiseDueEvents } from '@/lib/retention/service';
import { bossOptions, MAIL_QUEUE, OUTBOX_RELAY_QUEUE, REMINDER_QUEUE, RETENTION_QUEUE } from '@/lib/server/queue';
import { deliverOutboxMail } from './deliver';
import type { MailJobData } from './outbox';
import { relayOrphanedOutboxMails } from './outbox-relay';
import { enqueueDueReminders } from './reminders';

export interface MailWorker {
  /** Stops fetching jobs and waits up to `timeoutMs` for running sends to finish. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts the outbox worker: MAIL_WORKER_CONCURRENCY polling loops that send one mail each, and a
 * cron job (every five minutes, once across all instances) that puts due event reminders into the outbox.
 */
export async function startMailWorker(options: { log?: (line: string) => void } = {}): Promise<MailWorker> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss(bossOptions({ max: env.MAIL_WORKER_CONCURRENCY + 2 }));
  // The message is enough; pg-boss's errors carry the whole pg client object.
  boss.on('error', (error) => console.error('[mail-worker]', error instanceof Error ? error.message : error));
  await boss.start();

  const work = async ([job]: PgBoss.JobWithMetadata<MailJobData>[]) => {
    if (!job) return;
    const isLast = job.retryCount >= job.retryLimit;
    try {
      const outcome = await deliverOutboxMail(job.data.outboxId, { isLast });
      if (outcome !== 'sent') log(`[mail-worker] ${job.data.outboxId}: ${outcome}`);
    } catch (error) {
      log(
        `[mail-worker] ${job.data.outboxId}: attempt ${job.retryCount + 1} failed${isLast ? ', giving up' : ', will retry'}: ${(error as Error).message}`,
      );
      throw error;
    }
  };
  const pollingIntervalSeconds = env.MAIL_POLL_SECONDS;
  for (let i = 0; i < env.MAIL_WORKER_CONCURRENCY; i++) {
    let workerId = '';
    workerId = await boss.work<MailJobData>(
      MAIL_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
      async (jobs) => {
        try {
          await work(jobs);
        } finally {
          // pg-boss waits a polling interval after every fetch; while jobs keep coming, fetch the next one at once.
          if (jobs.length > 0) boss.notifyWorker(workerId);
        }
      },
    );
  }
  await boss.schedule(REMINDER_QUEUE, '*/5 * * * *', {}, { tz: 'Europe/Berlin', retryLimit: 0 });
  await boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    const queued = await enqueueDueReminders();
    if (queued.events > 0) log(`[mail-worker] reminders queued: ${queued.mails} mails for ${queued.events} event(s)`);
  });
  // Registrations insert their mail jobs right after committing; this catches one that never got its job.
  await boss.schedule(OUTBOX_RELAY_QUEUE, '* * * * *', {}, { retryLimit: 0 });
  await boss.work(OUTBOX_RELAY_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const relayed = await relayOrphanedOutboxMails();
    if (relayed > 0) log(`[mail-worker] outbox relay queued ${relayed} mail(s) whose job was missing`);
  });
  // Retention (lib/retention): daily at 03:15, once across all instances; it only shares this worker's pg-boss.
  await boss.schedule(RETENTION_QUEUE, '15 3 * * *', {}, { tz: 'Europe/Berlin', retryLimit: 2 });
  await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    const run = await anonymiseDueEvents();
    if (run.events.length > 0) log(`[retention] anonymised ${run.events.length} event(s)`);
  });
  log(`[mail-worker] started (${env.MAIL_WORKER_CONCURRENCY} parallel sends)`);

  return {
    async stop(timeoutMs = env.MAIL_SHUTDOWN_SECONDS * 1000) {
      // graceful: no new fetches; running handlers get until the timeout, then their jobs are failed for retry.
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      log('[mail-worker] stopped');
    },
  };
}
