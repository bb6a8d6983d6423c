import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Makes the app's shared Prisma client (lib/server/db.ts creates it lazily) one that reports every SQL statement it
 * sends, from Prisma's own query events; call at the top of a test file, before anything queries. Returns `sent`,
 * which runs a function and gives back the statements it sent.
 */
export function logStatements() {
  const statements: string[] = [];
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
    log: [{ emit: 'event', level: 'query' }],
  });
  client.$on('query', (event) => statements.push(event.query));
  (globalThis as { tagungsbueroDb?: PrismaClient }).tagungsbueroDb = client;
  return async function sent(fn: () => Promise<unknown>): Promise<string[]> {
    const before = statements.length;
    await fn();
    return statements.slice(before);
  };
}
