import { defineJob } from '@/lib/jobs/job';

/** Every five minutes: puts the scheduled invitation reminders (Event.invitationReminderAt) into the outbox. */
export const invitationReminderJob = defineJob({
  name: 'invitation-reminders',
  schedule: { cron: '*/5 * * * *', tz: 'Europe/Berlin', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 10 }),
  async load() {
    const { enqueueDueInvitationReminders } = await import('./reminders');
    return {
      async run(_job, { log }) {
        const queued = await enqueueDueInvitationReminders();
        if (queued.events > 0)
          log(`[invitations] reminders queued: ${queued.mails} mails for ${queued.events} event(s)`);
      },
    };
  },
});
