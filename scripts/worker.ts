// The background worker as its own process (`npm run worker`): mail sending and every other registered job
// (lib/jobs/registry.ts), for deployments that run several app instances with MAIL_WORKER=off. The server
// process runs the same worker inline by default.
import { startJobWorker } from '../lib/jobs/worker';
import { disconnectDb } from '../lib/server/db';

const worker = await startJobWorker();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running jobs`);
  await worker.stop();
  await disconnectDb();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
