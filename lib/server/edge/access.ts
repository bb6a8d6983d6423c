import 'server-only';
import { forbiddenError, requireApiUser, requireUser, type SessionUser, canCheckIn } from '@/lib/auth/guards';
import { roleAtLeast } from '@/lib/auth/roles';

/**
 * Who may call an action or route: `public` (anyone; a token in the link or the request is the credential),
 * `staff` (any signed-in user), `checkin` (organizers and admins, staff assigned to the event), `organizer`,
 * `admin`. Declared on each definition; lib/auth/access-matrix.test.ts reads it from there.
 */
export type Access = 'public' | 'staff' | 'checkin' | 'organizer' | 'admin';

// Public calls never look the session up: the registration hot path must not pay for a query it does not use.
export type UserFor<A extends Access> = A extends 'public' ? null : SessionUser;

/**
 * Checks `access` for the current request. Pages and actions send signed-out users to the sign-in page
 * (`api: false`); route handlers answer 401. A signed-in user without the right gets FORBIDDEN (403).
 */
export async function authorize<A extends Access>(
  access: A,
  options: { api: boolean; eventId?: string },
): Promise<UserFor<A>> {
  if (access === 'public') return null as UserFor<A>;
  // The session is looked up once per request, from next/headers (lib/auth/current-user.ts).
  const user = options.api ? await requireApiUser() : await requireUser();
  if (access === 'checkin') {
    if (!options.eventId) throw new Error('checkin access needs the event');
    if (!(await canCheckIn(user, options.eventId))) throw forbiddenError();
  } else if (access !== 'staff' && !roleAtLeast(user.role, access)) {
    throw forbiddenError();
  }
  return user as UserFor<A>;
}
