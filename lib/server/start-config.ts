import pg from 'pg';
import { parseEnvironment } from './env-schema';

/**
 * What `npm start` checks before it starts anything: the environment as the app will parse it, plus the rules
 * that only hold for a start (an external database needs AUTH_SECRET). One line, or null when all is well.
 */
export function checkStartConfig(source: Record<string, string | undefined>): string | null {
  const parsed = parseEnvironment(source);
  if (!parsed.ok) return parsed.message;
  if (parsed.env.DATABASE_URL && !parsed.env.AUTH_SECRET) {
    return 'AUTH_SECRET: must be set (at least 16 characters) when DATABASE_URL points at an external database';
  }
  return null;
}

/** Connects once to the database; a failure is one line naming DATABASE_URL's host, never its password. */
export async function checkDatabaseReachable(url: string, timeoutMs: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A failed connection also emits 'error' on the client; the rejected connect() below reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return null;
  } catch (error) {
    const { hostname, port } = new URL(url);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.replace(/\s+/g, ' ');
    return `DATABASE_URL: cannot connect to ${hostname}:${port || 5432} within ${timeoutMs} ms (${reason})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
