import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import type { UserRole } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { authOptions } from './options';
import { roleAtLeast, type Role as ClientRole } from './roles';

export type Role = UserRole;
// The client-safe copy in ./roles must list the same roles.
const _sameRoles: Role extends ClientRole ? (ClientRole extends Role ? true : never) : never = true;
void _sameRoles;

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

/**
 * The signed-in user with their role, or null; looked up once per request however many guards ask. Sessions past
 * SESSION_MAX_HOURS or of disabled users are deleted on lookup (lib/auth/sessions.ts wraps the adapter).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const sessionUser = session?.user as { id?: string; email?: string | null } | undefined;
  if (!sessionUser?.id || !sessionUser.email) return null;
  const user = await db.user.findUnique({
    where: { id: sessionUser.id },
    select: { id: true, email: true, role: true, disabledAt: true, invitedAt: true },
  });
  if (!user?.email || user.disabledAt) return null;
  // ADMIN_EMAILS bootstraps the first admins, whatever their stored role; removing an address from it
  // (for someone never invited) revokes access at once, not when the session expires.
  const bootstrapped = env.ADMIN_EMAILS.includes(user.email.toLowerCase());
  if (!bootstrapped && !user.invitedAt) return null;
  const role: Role = bootstrapped ? 'admin' : user.role;
  return { id: user.id, email: user.email, role };
});

async function signInRedirect(): Promise<never> {
  const path = (await headers()).get('x-pathname') ?? '/dashboard';
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

/** Next's digest for forbidden() (experimental.authInterrupts): pages render app/forbidden.tsx with status 403. */
export const FORBIDDEN_DIGEST = 'NEXT_HTTP_ERROR_FALLBACK;403';

/**
 * A FORBIDDEN AppError that Next also recognises as forbidden(): pages answer with the German 403 page,
 * actions that catch AppErrors return its message, route handlers map it to a 403 JSON body.
 */
export function forbiddenError(): AppError & { digest: string } {
  return Object.assign(new AppError('FORBIDDEN', 'forbidden'), { digest: FORBIDDEN_DIGEST });
}

function forbidden(): never {
  throw forbiddenError();
}

/** For pages and server actions: any signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  return (await getCurrentUser()) ?? signInRedirect();
}

/** For pages and server actions: a user with at least `role` (staff < organizer < admin); FORBIDDEN otherwise. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!roleAtLeast(user.role, role)) forbidden();
  return user;
}

/** Organizers and admins: events, attendees, exports, messages. */
export const requireOrganizer = () => requireRole('organizer');
/** Admins only: users, audit log, data-subject requests. */
export const requireAdmin = () => requireRole('admin');

/** Whether the user may use the check-in of this event: organizers and admins always, staff when assigned. */
export async function canCheckIn(user: SessionUser, eventId: string): Promise<boolean> {
  if (roleAtLeast(user.role, 'organizer')) return true;
  return (await db.staffAssignment.count({ where: { userId: user.id, eventId } })) > 0;
}

/** For check-in pages and actions: a user allowed at this event's door; FORBIDDEN otherwise. */
export async function requireCheckInAccess(eventId: string): Promise<SessionUser> {
  const user = await requireUser();
  if (!(await canCheckIn(user, eventId))) forbidden();
  return user;
}

/** For route handlers: the signed-in user, or an AppError that the handler turns into 401. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHORIZED', 'signInRequired');
  return user;
}

/** For route handlers: a user with at least `role`; 401 when signed out, 403 (FORBIDDEN) otherwise. */
export async function requireApiRole(role: Role): Promise<SessionUser> {
  const user = await requireApiUser();
  if (!roleAtLeast(user.role, role)) forbidden();
  return user;
}

/** For route handlers of the check-in API: 401 when signed out, 403 when not allowed at this event. */
export async function requireApiCheckInAccess(eventId: string): Promise<SessionUser> {
  const user = await requireApiUser();
  if (!(await canCheckIn(user, eventId))) forbidden();
  return user;
}
