import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import styles from '@/components/dashboard/dashboard.module.css';
import { SignOutButton } from '@/components/dashboard/sign-out-button';
import { requireUser } from '@/lib/auth/guards';
import { ROLE_LABELS } from '@/lib/auth/roles';

export const metadata: Metadata = {
  title: { default: 'Veranstalterbereich', template: '%s · Veranstalterbereich · Tagungsbüro' },
  robots: { index: false },
};

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link className={styles.brand} href={user.role === 'staff' ? '/dashboard/door' : '/dashboard'}>
            Tagungsbüro
          </Link>
          <DashboardNav role={user.role} />
          <div className={styles.user}>
            <span className={styles.email}>
              <span className="muted">Angemeldet als </span>
              {user.email}
              <span className="muted"> ({ROLE_LABELS[user.role]})</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className={`container ${styles.main}`}>
        {children}
      </main>
    </>
  );
}
