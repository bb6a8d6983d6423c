// The outbox worker as its own process (`npm run worker`), for deployments that run several app
// instances with MAIL_WORKER=off. The server process runs the same worker inline by default.
import { startMailWorker } from '../lib/mail/worker';
import { disconnectDb } from '../lib/server/db';

const worker = await startMailWorker();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing running sends`);
  await worker.stop();
  await disconnectDb();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
