import type { ReactNode } from 'react';
import styles from './auth-page.module.css';

/** Main column of the sign-in pages; the site frame around it brings the header, skip link and footer. */
export function AuthPage({ children }: { children: ReactNode }) {
  return (
    <main id="main" className={`container narrow ${styles.main}`}>
      {children}
    </main>
  );
}
