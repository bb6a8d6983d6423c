import { defineJob } from '@/lib/jobs/job';

/** Daily at 03:15: anonymises the registrations of every event past its retention period. */
export const retentionJob = defineJob({
  name: 'retention',
  schedule: { cron: '15 3 * * *', tz: 'Europe/Berlin', retryLimit: 2 },
  polling: () => ({ intervalSeconds: 60 }),
  async load() {
    const { anonymiseDueEvents } = await import('./service');
    return {
      async run(_job, { log }) {
        const run = await anonymiseDueEvents();
        if (run.events.length > 0) log(`[retention] anonymised ${run.events.length} event(s)`);
      },
    };
  },
});
