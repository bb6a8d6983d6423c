import 'server-only';
import { requireAdmin, requireUser } from '@/lib/auth/guards';
import { roleAtLeast } from '@/lib/auth/roles';
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

/**
 * The events at whose door this user may work: staff see their assignments, organizers and admins every event
 * that has not ended more than a day ago.
 */
export async function getDoorEvents(now = new Date()) {
  const user = await requireUser();
  const since = new Date(now.getTime() - DAY);
  const select = {
    id: true,
    slug: true,
    title: true,
    startsAt: true,
    endsAt: true,
    venueName: true,
    retentionDays: true,
    anonymizedAt: true,
  } as const;
  if (roleAtLeast(user.role, 'organizer')) {
    return db.event.findMany({ where: { endsAt: { gte: since } }, orderBy: { startsAt: 'asc' }, select });
  }
  return db.event.findMany({
    where: { endsAt: { gte: since }, staff: { some: { userId: user.id } } },
    orderBy: { startsAt: 'asc' },
    select,
  });
}
