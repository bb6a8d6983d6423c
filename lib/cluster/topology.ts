// The production topology on one machine (`npm run cluster`, the fault test): one PostgreSQL, two app instances
// without mail (MAIL_WORKER=off) behind nginx, and one separate worker process sending the mail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../server/embedded-postgres';
import { isDatabaseEmpty, migrate } from '../server/migrate';
import { type RunningNginx, startNginx } from './nginx';
import { type Managed, spawnManaged, waitForPort } from './processes';
import { sharedSecrets } from './secrets';

export interface TopologyOptions {
  /** nginx's port: the topology's only public address. */
  port: number;
  /** Loopback ports of the two app instances and, when embedded, PostgreSQL. */
  appPorts: [number, number];
  pgPort?: number;
  /** Secrets, the embedded cluster (`pg/`), nginx's prefix (`nginx/`) and, with `logToFiles`, `logs/`. */
  dataDir: string;
  /** An external PostgreSQL; unset: an embedded one in `dataDir/pg`. */
  databaseUrl?: string;
  smtpUrl?: string;
  /** Extra environment for the app instances and the worker. */
  env?: Record<string, string>;
  /** Each process's output goes to `dataDir/logs/<name>.log` instead of this process's stdout. */
  logToFiles?: boolean;
  /** Start the worker with the rest (default true). */
  worker?: boolean;
}

export type ProcessName = 'app1' | 'app2' | 'worker';

export interface Topology {
  url: string;
  databaseUrl: string;
  nginx: RunningNginx;
  /** The running process of each name (undefined while stopped). */
  processes: () => Partial<Record<ProcessName, Managed>>;
  appPort: (name: 'app1' | 'app2') => number;
  /** Starts a stopped process (with `env` on top of the topology's); resolves once an app instance listens. */
  start: (name: ProcessName, env?: Record<string, string>) => Promise<Managed>;
  /** Sends `signal` (default SIGKILL) and waits for the exit. */
  kill: (name: ProcessName, signal?: NodeJS.Signals) => Promise<void>;
  /** Called when a process exits that `kill`/`stop` did not end (the supervisor in scripts/cluster.ts). */
  onUnexpectedExit: (listener: (name: ProcessName, code: number | null, signal: string | null) => void) => void;
  logFile: (name: string) => string | undefined;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const dataDir = path.resolve(options.dataDir);
  // Opened to 755 only when created here: the embedded cluster's `postgres` user must reach its directory in it.
  if (await mkdir(dataDir, { recursive: true })) await chmod(dataDir, 0o755);
  const logDir = path.join(dataDir, 'logs');
  if (options.logToFiles) await mkdir(logDir, { recursive: true });
  const logFile = (name: string) => (options.logToFiles ? path.join(logDir, `${name}.log`) : undefined);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: options.pgPort ?? 54329,
      quiet: true,
    });
    await embedded.ensureDatabase('tagungsbuero');
    databaseUrl = embedded.url('tagungsbuero');
  }
  const running: Partial<Record<ProcessName, Managed>> = {};
  const listeners: ((name: ProcessName, code: number | null, signal: string | null) => void)[] = [];
  const expected = new Set<Managed>();
  let nginx: RunningNginx | undefined;
  let stopping = false;

  const stop = async () => {
    stopping = true;
    await nginx?.stop('SIGQUIT');
    await Promise.all(Object.values(running).map((p) => p?.stop('SIGTERM')));
    await embedded?.stop().catch(() => undefined);
  };

  try {
    await migrate(databaseUrl);
    if (await isDatabaseEmpty(databaseUrl)) {
      // In a child process: the Prisma client reads DATABASE_URL once, and the caller may hold another one.
      const seeded = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/seed.ts')], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
        stdio: 'ignore',
      });
      if (seeded.status !== 0) throw new Error('seeding the empty database failed');
    }
    const url = `http://localhost:${options.port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CHECKPOINT_DISABLE: '1',
      APP_URL: process.env.APP_URL || url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || process.env.APP_URL || url,
      DATA_DIR: dataDir,
      ...(await sharedSecrets(dataDir, process.env)),
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...options.env,
      DATABASE_URL: databaseUrl,
    };
    const appPort = (name: 'app1' | 'app2') => options.appPorts[name === 'app1' ? 0 : 1];

    const start = async (name: ProcessName, extra: Record<string, string> = {}): Promise<Managed> => {
      if (running[name]) throw new Error(`${name} is already running`);
      const script = name === 'worker' ? 'worker.ts' : 'server.ts';
      const own =
        name === 'worker'
          ? {}
          : { PORT: String(appPort(name)), HOST: '127.0.0.1', MAIL_WORKER: 'off', TRUST_PROXY_HOPS: '1' };
      const managed = spawnManaged({
        name,
        command: process.execPath,
        // `node --import tsx`, as `npm run worker` does, so that signals reach the process itself.
        args: ['--import', 'tsx', path.join(root, 'scripts', script)],
        cwd: root,
        env: { ...env, ...own, ...extra },
        logFile: logFile(name),
      });
      running[name] = managed;
      managed.child.once('exit', (code, signal) => {
        if (running[name] === managed) delete running[name];
        if (!stopping && !expected.has(managed)) for (const listener of listeners) listener(name, code, signal);
      });
      if (name !== 'worker') await waitForPort(appPort(name), managed);
      return managed;
    };

    await Promise.all([start('app1'), start('app2'), ...(options.worker === false ? [] : [start('worker')])]);
    nginx = await startNginx(
      path.join(dataDir, 'nginx'),
      { root, port: options.port, upstreams: [...options.appPorts] },
      logFile('nginx'),
    );
    return {
      url,
      databaseUrl,
      nginx,
      processes: () => ({ ...running }),
      appPort,
      start,
      async kill(name, signal = 'SIGKILL') {
        const managed = running[name];
        if (!managed) return;
        expected.add(managed);
        await managed.stop(signal);
      },
      onUnexpectedExit: (listener) => void listeners.push(listener),
      logFile,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** True when a production build exists (`npm run cluster` builds first otherwise). */
export const hasBuild = () => existsSync(path.join(root, '.next', 'BUILD_ID'));
export const repositoryRoot = root;
