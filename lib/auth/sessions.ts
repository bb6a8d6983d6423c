import type { Adapter, AdapterSession, AdapterUser } from 'next-auth/adapters';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';

const HOUR = 60 * 60 * 1000;

/** Inactivity ends a session after this long (next-auth's session.maxAge). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** A session's expiry moves forward at most this often (next-auth's session.updateAge). */
export const SESSION_UPDATE_SECONDS = 15 * 60;

/** Whether a session created at `createdAt` has outlived SESSION_MAX_HOURS at `now`. */
export function sessionTooOld(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() > env.SESSION_MAX_HOURS * HOUR;
}

/**
 * Wraps the adapter's session lookup: a session past its maximum lifetime, or of a disabled user, is deleted
 * and treated as absent. next-auth's own readers (/api/auth/session) go through this lookup; the guards apply the
 * same rules in their single-statement lookup (./session-lookup.ts).
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
