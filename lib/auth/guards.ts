import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import type { UserRole } from '@/lib/generated/prisma/client';
import { currentUser, currentUserAndEvent } from './current-user';
import { roleAtLeast, type Role as ClientRole } from './roles';

export type Role = UserRole;
// The client-safe copy in ./roles must list the same roles.
const _sameRoles: Role extends ClientRole ? (ClientRole extends Role ? true : never) : never = true;
void _sameRoles;

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  /** Events this user is assigned to as staff, loaded with the session; canCheckIn reads them (absent: none). */
  staffEventIds?: readonly string[];
}

/**
 * The signed-in user with their role, or null: one SQL statement (session, user, staff assignments) per request
 * however many guards ask (see ./session-lookup.ts for the rules and ./current-user.ts for the memo). Route handlers
 * may pass their Request; the lookup is then also shared with guards called without it during the same request.
 */
export function getCurrentUser(request?: Request): Promise<SessionUser | null> {
  return currentUser(request);
}

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
  return roleAtLeast(user.role, 'organizer') || (user.staffEventIds?.includes(eventId) ?? false);
}

/** For check-in pages and actions: a user allowed at this event's door; FORBIDDEN otherwise. */
export async function requireCheckInAccess(eventId: string): Promise<SessionUser> {
  const user = await requireUser();
  if (!(await canCheckIn(user, eventId))) forbidden();
  return user;
}

/** For route handlers: the signed-in user, or an AppError that the handler turns into 401. */
export async function requireApiUser(request?: Request): Promise<SessionUser> {
  const user = await getCurrentUser(request);
  if (!user) throw new AppError('UNAUTHORIZED', 'signInRequired');
  return user;
}

/** For route handlers: a user with at least `role`; 401 when signed out, 403 (FORBIDDEN) otherwise. */
export async function requireApiRole(role: Role, request?: Request): Promise<SessionUser> {
  const user = await requireApiUser(request);
  if (!roleAtLeast(user.role, role)) forbidden();
  return user;
}

/** For route handlers of the check-in API: 401 when signed out, 403 when not allowed at this event. */
export async function requireApiCheckInAccess(eventId: string, request?: Request): Promise<SessionUser> {
  const user = await requireApiUser(request);
  if (!(await canCheckIn(user, eventId))) forbidden();
  return user;
}

/**
 * For the check-in API: the event by slug and access to its door, with the session lookup in the same statement
 * (when this request has not looked it up yet). 404 for an unknown slug first, as before; then 401 and 403.
 */
export async function requireApiCheckInAccessBySlug(
  slug: string,
  request?: Request,
): Promise<{ user: SessionUser; eventId: string }> {
  const { user, eventId } = await currentUserAndEvent(slug, request);
  if (!eventId) throw new AppError('NOT_FOUND', 'eventNotFound');
  if (!user) throw new AppError('UNAUTHORIZED', 'signInRequired');
  if (!(await canCheckIn(user, eventId))) forbidden();
  return { user, eventId };
}
