import { defineJob } from '@/lib/jobs/job';

/** Every 15 minutes: deletes expired magic-link tokens; a used link deletes its own, an unused one stays until here. */
export const verificationTokenCleanupJob = defineJob({
  name: 'auth-token-cleanup',
  schedule: { cron: '*/15 * * * *', retryLimit: 1 },
  polling: () => ({ intervalSeconds: 60 }),
  async load() {
    const { deleteExpiredVerificationTokens } = await import('./verification-tokens');
    return {
      async run(_job, { log }) {
        const deleted = await deleteExpiredVerificationTokens();
        if (deleted > 0) log(`[auth] deleted ${deleted} expired sign-in token(s)`);
      },
    };
  },
});
