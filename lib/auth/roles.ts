// Shared by server and client code: no server-only imports here.

export type Role = 'admin' | 'organizer' | 'staff';

export const ROLES: readonly Role[] = ['staff', 'organizer', 'admin'];

const RANK: Record<Role, number> = { staff: 0, organizer: 1, admin: 2 };

/** Whether `role` is at least `minimum` (staff < organizer < admin). */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** German names of the roles, for lists and selects. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administration',
  organizer: 'Organisation',
  staff: 'Einlasspersonal',
};

const NAV: { href: string; label: string; minimum: Role }[] = [
  { href: '/dashboard', label: 'Veranstaltungen', minimum: 'organizer' },
  { href: '/dashboard/door', label: 'Einlass', minimum: 'staff' },
  { href: '/dashboard/users', label: 'Benutzer', minimum: 'admin' },
  { href: '/dashboard/audit', label: 'Protokoll', minimum: 'admin' },
  { href: '/dashboard/privacy', label: 'Datenschutz', minimum: 'admin' },
  { href: '/dashboard/settings', label: 'Einstellungen', minimum: 'admin' },
];

/** The dashboard navigation entries a role may open. */
export function navItemsFor(role: Role): { href: string; label: string }[] {
  return NAV.filter((item) => roleAtLeast(role, item.minimum)).map(({ href, label }) => ({ href, label }));
}
