import type { Role } from '@/lib/auth/roles';

/**
 * The role a user really has: addresses in ADMIN_EMAILS are admins whatever their stored role (the stored one is
 * the default, staff), exactly as lib/auth/session-lookup.ts decides at sign-in. Lists must show this one.
 */
export function effectiveRole(
  user: { email: string | null; role: Role },
  adminEmails: readonly string[],
): { role: Role; bootstrapped: boolean } {
  const bootstrapped = !!user.email && adminEmails.includes(user.email.toLowerCase());
  return { role: bootstrapped ? 'admin' : user.role, bootstrapped };
}
