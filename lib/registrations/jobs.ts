import { defineJob } from '@/lib/jobs/job';

// CONTRACT STUB (#16, owner: core helper): the name and schedule are fixed; load() is the helper's.
/** Every minute: releases contingents whose Event.reservedReleaseAt has passed (and promotes the waiting list). */
export const contingentReleaseJob = defineJob({
  name: 'contingent-release',
  schedule: { cron: '* * * * *', tz: 'Europe/Berlin', retryLimit: 0 },
  polling: () => ({ intervalSeconds: 10 }),
  async load() {
    return { async run() {} };
  },
});
