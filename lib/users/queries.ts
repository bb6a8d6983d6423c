import 'server-only';
import { requireAdmin } from '@/lib/auth/guards';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { effectiveRole } from './effective-role';

const DAY = 24 * 60 * 60 * 1000;

/** Every dashboard user with their effective role (see effectiveRole), state and staff assignments (admin view). */
export async function listUsers() {
  await requireAdmin();
  const users = await db.user.findMany({
    // Invited, or bootstrapped through ADMIN_EMAILS and signed in at least once (the adapter verifies the address then).
    where: { OR: [{ invitedAt: { not: null } }, { lastSignInAt: { not: null } }, { emailVerified: { not: null } }] },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      role: true,
      invitedAt: true,
      invitedBy: true,
      disabledAt: true,
      lastSignInAt: true,
      assignments: { select: { eventId: true } },
      _count: { select: { sessions: true } },
    },
  });
  return users.map((u) => ({ ...u, ...effectiveRole(u, env.ADMIN_EMAILS) }));
}

/** Events that staff can be assigned to: running, upcoming, or ended within the last week. */
export async function listAssignableEvents(now = new Date()) {
  await requireAdmin();
  return db.event.findMany({
    where: { endsAt: { gte: new Date(now.getTime() - 7 * DAY) } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, title: true, startsAt: true },
  });
}
