// Shared by server and client code: no server-only imports here.

export type Role = 'admin' | 'organizer' | 'staff';

export const ROLES: readonly Role[] = ['staff', 'organizer', 'admin'];

const RANK: Record<Role, number> = { staff: 0, organizer: 1, admin: 2 };

/** Whether `role` is at least `minimum` (staff < organizer < admin). */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

// Role names and navigation labels are texts: they live in the dictionaries (dashboard.roles, dashboard.nav).
export type NavKey = 'events' | 'door' | 'users' | 'audit' | 'privacy' | 'settings';

const NAV: { href: string; key: NavKey; minimum: Role }[] = [
  { href: '/dashboard', key: 'events', minimum: 'organizer' },
  { href: '/dashboard/door', key: 'door', minimum: 'staff' },
  { href: '/dashboard/users', key: 'users', minimum: 'admin' },
  { href: '/dashboard/audit', key: 'audit', minimum: 'admin' },
  { href: '/dashboard/privacy', key: 'privacy', minimum: 'admin' },
  { href: '/dashboard/settings', key: 'settings', minimum: 'admin' },
];

/** The dashboard navigation entries a role may open. */
export function navItemsFor(role: Role): { href: string; key: NavKey }[] {
  return NAV.filter((item) => roleAtLeast(role, item.minimum)).map(({ href, key }) => ({ href, key }));
}
