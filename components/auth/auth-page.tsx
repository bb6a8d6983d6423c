import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './auth-page.module.css';

/** Frame of the sign-in pages: a slim header and a narrow main column. */
export function AuthPage({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link className={styles.brand} href="/">
            Tagungsbüro
          </Link>
        </div>
      </header>
      <main id="main" className={`container narrow ${styles.main}`}>
        {children}
      </main>
    </>
  );
}
