'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Role } from '@/lib/auth/roles';
import { navItemsFor } from '@/lib/auth/roles';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './dashboard.module.css';

/** Main navigation of the organizer area, with the items the user's role may open; marks the current page. */
export function DashboardNav({ role, t }: { role: Role; t: Dictionary['dashboard']['nav'] }) {
  const pathname = usePathname();
  const items = navItemsFor(role);
  return (
    <nav aria-label={t.label}>
      <ul className={styles.navList}>
        {items.map((item) => {
          const current =
            item.href === '/dashboard'
              ? pathname === item.href || pathname.startsWith('/dashboard/events')
              : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? 'page' : undefined}>
                {t[item.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
