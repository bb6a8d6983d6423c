import PgBoss from 'pg-boss';
import { registeredJobs } from '@/lib/jobs/registry';
import type { JobDefinition } from '@/lib/jobs/job';
import { log } from '@/lib/server/observability/logger';

// No env import here, nor in the job definitions: migrate.ts (and through it the test setups) runs before the
// environment is final.

/** Creates pg-boss's schema and a queue for every registered job (idempotent); part of every migration run. */
export async function installQueues(
  databaseUrl: string,
  jobs: readonly JobDefinition[] = registeredJobs,
): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false });
  boss.on('error', (error) => log('queue').error({ err: error }, 'install'));
  await boss.start();
  try {
    for (const { name } of jobs) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'standard' });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
