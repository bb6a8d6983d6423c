import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DashboardNav } from '@/components/dashboard/dashboard-nav';
import styles from '@/components/dashboard/dashboard.module.css';
import { SignOutButton } from '@/components/dashboard/sign-out-button';
import { requireUser } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t.dashboard.area, template: `%s · ${t.dashboard.area} · ${t.site.name}` },
    robots: { index: false },
  };
}

// The site frame (app/(site)/layout.tsx) already gives the product name, the skip link and the language switch;
// this bar names the area instead of repeating the name.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [user, { t }] = await Promise.all([requireUser(), getI18n()]);
  return (
    <>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link className={styles.brand} href={user.role === 'staff' ? '/dashboard/door' : '/dashboard'}>
            {t.dashboard.area}
          </Link>
          <DashboardNav role={user.role} t={t.dashboard.nav} />
          <div className={styles.user}>
            <span className={styles.email}>
              <span className="muted">{t.dashboard.signedInAs} </span>
              {user.email}
              <span className="muted"> ({t.dashboard.roles[user.role]})</span>
            </span>
            <SignOutButton label={t.dashboard.signOut} />
          </div>
        </div>
      </header>
      <main id="main" className={`container ${styles.main}`}>
        {children}
      </main>
    </>
  );
}
