import type { ReactNode } from 'react';

/**
 * The page's one <main> landmark. Pages render it (the root layout does not), and it carries
 * id="main" because the layout's skip link points there.
 */
export function PageMain({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return (
    <main id="main" tabIndex={-1} className={`container site-main${narrow ? ' narrow' : ''}`}>
      {children}
    </main>
  );
}
