import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, requireDatabaseUrl } from '@/lib/server/env';

const globalForDb = globalThis as unknown as { tagungsbueroDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: env.DATABASE_POOL_SIZE });
  // Under a registration rush requests queue for a pooled connection; Prisma's 2 s default maxWait would turn
  // that wait into errors, so interactive transactions may wait (and run) longer.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
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
