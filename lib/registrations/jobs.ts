import { defineJob } from '@/lib/jobs/job';

/**
 * Every minute: releases contingents whose Event.reservedReleaseAt has passed (and promotes the waiting list).
 * The public places follow the release time even before this job runs (heldSeats counts a passed time as released).
 */
export const contingentReleaseJob = defineJob({
  name: 'contingent-release',
  schedule: { cron: '* * * * *', tz: 'Europe/Berlin', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 10 }),
  async load() {
    const { releaseDueContingents } = await import('./contingent-release');
    return {
      async run(_job, { log }) {
        const released = await releaseDueContingents();
        if (released > 0) log(`[registrations] released ${released} contingent(s)`);
      },
    };
  },
});
