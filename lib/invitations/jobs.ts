import { defineJob } from '@/lib/jobs/job';

// CONTRACT STUB (#16, owner: invitations helper): the name and schedule are fixed; load() is the helper's.
/** Every five minutes: puts the scheduled invitation reminders (Event.invitationReminderAt) into the outbox. */
export const invitationReminderJob = defineJob({
  name: 'invitation-reminders',
  schedule: { cron: '*/5 * * * *', tz: 'Europe/Berlin', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 10 }),
  async load() {
    return { async run() {} };
  },
});
