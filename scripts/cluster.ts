// `npm run cluster`: the production topology on this machine (README, "Production topology"). nginx with the
// repository's config on PORT, two app instances and one mail worker, one PostgreSQL (embedded unless
// DATABASE_URL). A crashed app instance or worker is restarted after a short backoff; Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { hasBuild, type ProcessName, repositoryRoot, startTopology, type Topology } from '../lib/cluster/topology';
import { ensureNginx } from './chromium';

const log = (message: string) => console.log(`[cluster] ${message}`);
const port = Number(process.env.PORT || 8080);
const appPorts: [number, number] = [
  Number(process.env.CLUSTER_APP_PORTS?.split(',')[0] || 3101),
  Number(process.env.CLUSTER_APP_PORTS?.split(',')[1] || 3102),
];
process.env.NEXT_TELEMETRY_DISABLED = '1';
process.env.CHECKPOINT_DISABLE = '1';

ensureNginx();
if (!hasBuild()) {
  log('no production build yet: running `next build` first');
  const next = path.join(repositoryRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const built = spawnSync(process.execPath, [next, 'build'], { cwd: repositoryRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

let topology: Topology | undefined;
let stopping = false;
async function shutdown(code: number): Promise<never> {
  stopping = true;
  await topology?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    log(`${signal}: stopping nginx, the app instances, the worker and the database`);
    void shutdown(0);
  });

try {
  topology = await startTopology({
    port,
    appPorts,
    pgPort: Number(process.env.EMBEDDED_PG_PORT || 54329),
    dataDir: process.env.DATA_DIR || '.data',
    databaseUrl: process.env.DATABASE_URL,
    smtpUrl: process.env.SMTP_URL,
  });
} catch (error) {
  console.error(`[cluster] start failed: ${(error as Error).message}`);
  await shutdown(1);
}
const running = topology!;

// The supervisor: a process that dies on its own comes back after a backoff that doubles while it keeps crashing
// (1 s up to 30 s) and resets once it has stayed up for a minute.
const backoff: Record<ProcessName, { delay: number; since: number }> = {
  app1: { delay: 1000, since: 0 },
  app2: { delay: 1000, since: 0 },
  worker: { delay: 1000, since: 0 },
};
running.onUnexpectedExit((name, code, signal) => {
  if (stopping) return;
  const state = backoff[name];
  if (Date.now() - state.since > 60_000) state.delay = 1000;
  log(`${name} exited (${signal ?? `code ${code}`}); restarting in ${state.delay / 1000} s`);
  setTimeout(() => {
    if (stopping) return;
    state.since = Date.now();
    running.start(name).then(
      (managed) => log(`${name} restarted: pid ${managed.pid}`),
      (error: Error) => log(`${name} did not come back: ${error.message}`),
    );
    state.delay = Math.min(state.delay * 2, 30_000);
  }, state.delay);
});
running.nginx.child.once('exit', () => {
  if (!stopping) {
    log('nginx exited: stopping the topology');
    void shutdown(1);
  }
});

const processes = running.processes();
log(`ready on ${running.url}`);
log(`nginx   pid ${running.nginx.pid}, port ${port}, prefix ${running.nginx.prefix}`);
for (const name of ['app1', 'app2'] as const)
  log(`${name}    pid ${processes[name]?.pid}, port ${running.appPort(name)}`);
log(`worker  pid ${processes.worker?.pid}`);
log(
  `database ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded on 127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}`}`,
);
