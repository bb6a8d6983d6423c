import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../lib/server/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** Creates one more fresh, empty database on the same server (or a copy of `template`). */
  createExtraDatabase: (template?: string) => Promise<string>;
  cleanup: () => Promise<void>;
}

/** A free TCP port on loopback. */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Refuses anything but a loopback server: tests create and drop databases. */
export function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Refusing to run tests against non-local DATABASE_URL host "${host}". Use a local server or unset DATABASE_URL.`,
    );
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test run: on DATABASE_URL's (local) server when set,
 * otherwise on a throw-away embedded PostgreSQL cluster.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const names: string[] = [];
  const newName = () => {
    const name = `tb_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
    names.push(name);
    return name;
  };
  let serverUrl: string;
  let stopServer = async (): Promise<void> => undefined;
  if (process.env.DATABASE_URL) {
    assertLocalDatabaseUrl(process.env.DATABASE_URL);
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tagungsbuero-test-'));
    // The cluster runs as the `postgres` user, which must reach its data directory inside this one.
    await chmod(dir, 0o755);
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      port: await getFreePort(),
      quiet: true,
    });
    serverUrl = cluster.url('postgres');
    stopServer = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const first = newName();
  await createDatabase(serverUrl, first);
  return {
    url: withDatabase(serverUrl, first),
    async createExtraDatabase(template?: string) {
      const name = newName();
      await createDatabase(serverUrl, name, template);
      return withDatabase(serverUrl, name);
    },
    async cleanup() {
      for (const name of names) await dropDatabase(serverUrl, name).catch(() => undefined);
      await stopServer();
    },
  };
}

/**
 * A private copy of the run's template database (migrated, never connected to by tests), for test files
 * that run a queue worker: a worker takes every job in its database, so it must not share one.
 */
export async function createIsolatedDatabase(templateUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  assertLocalDatabaseUrl(templateUrl);
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_iso_${randomBytes(4).toString('hex')}`;
  await createDatabase(templateUrl, name, template);
  return { url: withDatabase(templateUrl, name), drop: () => dropDatabase(templateUrl, name) };
}
