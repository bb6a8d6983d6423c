import type PgBoss from 'pg-boss';
import type { Env } from '@/lib/server/env';

/** What a running job gets besides its payload. */
export interface JobContext {
  log: (line: string) => void;
}

/** A job's loaded code. */
export interface JobRunner<Data extends object = object> {
  /** Does one job; a throw fails it, and pg-boss retries it as the job's retry options say. */
  run(job: PgBoss.JobWithMetadata<Data>, context: JobContext): Promise<void>;
}

/**
 * A background job: its pg-boss queue, how a worker polls it and what one job does. The migration step lists
 * every job to install their queues before the environment is final, so a definition imports nothing that reads
 * it (lib/server/env.ts parses the environment on first import): `load` imports the job's code when called.
 */
export interface JobDefinition<Data extends object = object> {
  /** The pg-boss queue, installed with the migrations and worked by every worker process. */
  name: string;
  /** For a periodic job: pg-boss creates one job per tick across all worker processes. */
  schedule?: { cron: string } & Pick<PgBoss.ScheduleOptions, 'tz' | 'retryLimit'>;
  /** Read from the environment when a worker starts; `concurrency` polling loops run side by side (default 1). */
  polling(env: Env): { intervalSeconds: number; concurrency?: number };
  /** Loads the job's code; a worker calls it before fetching, so no job's timeout includes the import. */
  load(): Promise<JobRunner<Data>>;
}

/** Types a job definition by its payload. */
export function defineJob<Data extends object = object>(job: JobDefinition<Data>): JobDefinition<Data> {
  return job;
}
