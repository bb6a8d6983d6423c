import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { noteDatabaseFailure } from '@/lib/server/db-health';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const globalForDb = globalThis as unknown as { tagungsbueroDb?: PrismaClient; tagungsbueroDbPool?: pg.Pool };

export interface ClientOptions {
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

/**
 * A Prisma client whose every wait is bounded: a frozen or unreachable database fails a request within seconds
 * (mapped to 503 at the edge) instead of holding it, and the pool recovers by itself when the database returns.
 */
export function createPrismaClient(
  connectionString: string,
  options: ClientOptions,
  onPool?: (pool: pg.Pool) => void,
): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    // Enforced by the server for slow statements; the client-side read timeout also covers a server that
    // no longer answers at all (frozen, or the network gone), which the server cannot enforce.
    statement_timeout: options.statementTimeoutMs,
    query_timeout: options.statementTimeoutMs + 1000,
    idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
  });
  // Our own pool rather than the adapter's, so the metrics can see how many connections are in use.
  onPool?.(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Under a registration rush requests queue for a pooled connection; Prisma's 2 s default maxWait would turn
  // that wait into errors, so interactive transactions may wait (and run) longer, but never longer than a statement.
  const transactionOptions = {
    maxWait: Math.min(10_000, options.connectTimeoutMs * 2),
    timeout: options.statementTimeoutMs,
  };
  const client = new PrismaClient({ adapter, transactionOptions });
  // Pages do not pass the edge pipeline: a failed query is noted so the HTTP server can answer their 500 as 503.
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          noteDatabaseFailure(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

function createClient(): PrismaClient {
  return createPrismaClient(
    requireDatabaseUrl(),
    {
      poolSize: env.DATABASE_POOL_SIZE,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    (pool) => {
      globalForDb.tagungsbueroDbPool = pool;
    },
  );
}

/** The shared client's pool once it exists (its counts are exported as metrics). */
export function getDbPool(): pg.Pool | undefined {
  return globalForDb.tagungsbueroDbPool;
}

// Created lazily so that importing this module (e.g. during `next build`) needs no database.
function getClient(): PrismaClient {
  globalForDb.tagungsbueroDb ??= createClient();
  return globalForDb.tagungsbueroDb;
}

/** The shared Prisma client, one per process. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getClient();
    const value = Reflect.get(client, prop, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

/** Closes the shared client's pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.tagungsbueroDb?.$disconnect();
  globalForDb.tagungsbueroDb = undefined;
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
