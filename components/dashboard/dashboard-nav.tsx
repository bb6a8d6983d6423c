'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './dashboard.module.css';

const ITEMS = [{ href: '/dashboard', label: 'Übersicht' }] as const;

/** Main navigation of the organizer area; marks the current page. */
export function DashboardNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Veranstalterbereich">
      <ul className={styles.navList}>
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
