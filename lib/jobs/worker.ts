import PgBoss from 'pg-boss';
import { env } from '@/lib/server/env';
import { log } from '@/lib/server/observability/logger';
import { bossOptions } from '@/lib/server/queue';
import type { JobContext, JobRunner } from './job';
import { registeredJobs } from './registry';

export interface JobWorker {
  /** Stops fetching jobs and waits up to `timeoutMs` for running ones to finish. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts this process's worker for the registered jobs: each job's polling loops, and the schedule of each periodic
 * job (installing a schedule twice is harmless; pg-boss creates each tick's job once across all processes).
 */
export async function startJobWorker(options: { log?: JobContext['log'] } = {}): Promise<JobWorker> {
  const logger = log('jobs');
  const context: JobContext = { log: options.log ?? ((line: string) => logger.info(line)) };
  const loops = await Promise.all(
    registeredJobs.map(async (job) => {
      const { intervalSeconds, concurrency = 1 } = job.polling(env);
      return { job, runner: await job.load(), intervalSeconds, concurrency };
    }),
  );
  // A connection per polling loop at most, and two for maintenance and the cron monitor.
  const boss = new PgBoss(bossOptions({ max: loops.reduce((sum, loop) => sum + loop.concurrency, 0) + 2 }));
  // The message is enough; pg-boss's errors carry the whole pg client object.
  boss.on('error', (error) => logger.error(error instanceof Error ? error.message : String(error)));
  await boss.start();

  for (const { job, runner, intervalSeconds, concurrency } of loops) {
    if (job.schedule) {
      const { cron, ...scheduleOptions } = job.schedule;
      await boss.schedule(job.name, cron, {}, scheduleOptions);
    }
    for (let i = 0; i < concurrency; i++) await workLoop(boss, job.name, runner, intervalSeconds, context);
  }
  const started = loops.map((l) => (l.concurrency > 1 ? `${l.job.name} ×${l.concurrency}` : l.job.name));
  context.log(`started: ${started.join(', ')}`);

  return {
    async stop(timeoutMs = env.MAIL_SHUTDOWN_SECONDS * 1000) {
      // graceful: no new fetches; running jobs get until the timeout, then they are failed for retry.
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      context.log('stopped');
    },
  };
}

/** One polling loop that runs one job at a time. */
async function workLoop(
  boss: PgBoss,
  queue: string,
  runner: JobRunner,
  pollingIntervalSeconds: number,
  context: JobContext,
): Promise<void> {
  let workerId = '';
  workerId = await boss.work<object>(
    queue,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      try {
        await runner.run(job, context);
      } finally {
        // pg-boss waits a polling interval after every fetch; while jobs keep coming, fetch the next one at once.
        boss.notifyWorker(workerId);
      }
    },
  );
}
