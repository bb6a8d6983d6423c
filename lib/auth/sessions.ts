import type { Adapter, AdapterSession, AdapterUser } from 'next-auth/adapters';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

const HOUR = 60 * 60 * 1000;

/** Whether a session created at `createdAt` has outlived SESSION_MAX_HOURS at `now`. */
export function sessionTooOld(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() > env.SESSION_MAX_HOURS * HOUR;
}

/**
 * Wraps the adapter's session lookup: a session past its maximum lifetime, or of a disabled user, is deleted
 * and treated as absent. Every reader (getServerSession, /api/auth/session) goes through this lookup.
 */
export function withSessionLimits(adapter: Adapter): Adapter {
  const getSessionAndUser = adapter.getSessionAndUser!.bind(adapter);
  return {
    ...adapter,
    async getSessionAndUser(sessionToken: string): Promise<{ session: AdapterSession; user: AdapterUser } | null> {
      const found = await getSessionAndUser(sessionToken);
      if (!found) return null;
      const row = found.session as AdapterSession & { createdAt?: Date };
      const user = found.user as AdapterUser & { disabledAt?: Date | null };
      if ((row.createdAt && sessionTooOld(row.createdAt)) || user.disabledAt) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      return found;
    },
  };
}

/** Ends every session of a user at once (disabling, role changes). */
export async function endAllSessions(client: Pick<typeof db, 'session'>, userId: string): Promise<number> {
  return (await client.session.deleteMany({ where: { userId } })).count;
}
