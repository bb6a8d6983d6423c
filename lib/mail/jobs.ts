import { defineJob } from '@/lib/jobs/job';
import type { MailJobData } from './outbox';

/** The pg-boss queue every outbox mail goes through. */
export const MAIL_QUEUE = 'mail';

/** Sends one outbox mail; each worker process runs MAIL_WORKER_CONCURRENCY sends side by side. */
export const mailSendJob = defineJob<MailJobData>({
  name: MAIL_QUEUE,
  polling: (env) => ({ intervalSeconds: env.MAIL_POLL_SECONDS, concurrency: env.MAIL_WORKER_CONCURRENCY }),
  async load() {
    const { deliverOutboxMail } = await import('./deliver');
    return {
      async run(job, { log }) {
        const isLast = job.retryCount >= job.retryLimit;
        try {
          const outcome = await deliverOutboxMail(job.data.outboxId, { isLast });
          if (outcome !== 'sent') log(`[mail] ${job.data.outboxId}: ${outcome}`);
        } catch (error) {
          log(
            `[mail] ${job.data.outboxId}: attempt ${job.retryCount + 1} failed${isLast ? ', giving up' : ', will retry'}: ${(error as Error).message}`,
          );
          throw error;
        }
      },
    };
  },
});

/** Every five minutes: puts the reminders of events whose reminder time has come into the outbox. */
export const reminderJob = defineJob({
  name: 'mail-reminders',
  schedule: { cron: '*/5 * * * *', tz: 'Europe/Berlin', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 10 }),
  async load() {
    const { enqueueDueReminders } = await import('./reminders');
    return {
      async run(_job, { log }) {
        const queued = await enqueueDueReminders();
        if (queued.events > 0) log(`[mail] reminders queued: ${queued.mails} mails for ${queued.events} event(s)`);
      },
    };
  },
});

/** Every minute: registrations insert their mail jobs right after committing; this catches one that never got its job. */
export const outboxRelayJob = defineJob({
  name: 'mail-outbox-relay',
  schedule: { cron: '* * * * *', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 30 }),
  async load() {
    const { relayOrphanedOutboxMails } = await import('./outbox-relay');
    return {
      async run(_job, { log }) {
        const relayed = await relayOrphanedOutboxMails();
        if (relayed > 0) log(`[mail] outbox relay queued ${relayed} mail(s) whose job was missing`);
      },
    };
  },
});
