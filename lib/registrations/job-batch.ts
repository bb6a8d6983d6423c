import { insertMailJobs } from '@/lib/mail/outbox';
import { db } from '@/lib/server/db';

type Job = Parameters<typeof insertMailJobs>[1][number];

interface Waiting {
  jobs: Job[];
  done: (error?: unknown) => void;
}

let waiting: Waiting[] = [];
let inFlight = false;

/**
 * Inserts the mail jobs of registrations that committed at about the same time in one statement: while one
 * insert runs, the jobs of the registrations finishing meanwhile wait and go together in the next. Under a rush
 * this turns one job insert per registration into a few per second; alone, a registration waits for nothing.
 * A failed insert fails every registration of its batch the same way (their outbox relay inserts the jobs).
 */
export function insertMailJobsAfterCommit(jobs: Job[]): Promise<void> {
  return new Promise((resolve, reject) => {
    waiting.push({ jobs, done: (error) => (error === undefined ? resolve() : reject(error)) });
    if (!inFlight) void flush();
  });
}

async function flush(): Promise<void> {
  inFlight = true;
  while (waiting.length > 0) {
    const batch = waiting;
    waiting = [];
    try {
      await insertMailJobs(
        db,
        batch.flatMap((w) => w.jobs),
      );
      for (const w of batch) w.done();
    } catch (error) {
      for (const w of batch) w.done(error ?? new Error('job insert failed'));
    }
  }
  inFlight = false;
}
