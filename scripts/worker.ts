// The background worker as its own process (`npm run worker`): mail sending and every other registered job
// (lib/jobs/registry.ts), for deployments that run several app instances with MAIL_WORKER=off. The server
// process runs the same worker inline by default.
import { startJobWorker } from '../lib/jobs/worker';
import { disconnectDb } from '../lib/server/db';
import { env } from '../lib/server/env';
import { routeConsoleToLogger } from '../lib/server/observability/console';
import { startMetricsListener } from '../lib/server/observability/endpoints';
import { log } from '../lib/server/observability/logger';

const logger = log('worker');
routeConsoleToLogger();
const worker = await startJobWorker();
// The worker's own figures (outbox, database pool, process) on METRICS_PORT, when set.
const metricsListener = env.METRICS_PORT ? await startMetricsListener(env.METRICS_PORT, env.METRICS_HOST) : null;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'finishing running jobs');
  metricsListener?.close();
  await worker.stop();
  await disconnectDb();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
