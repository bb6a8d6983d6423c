import Link from 'next/link';
import type { ReactNode } from 'react';

/** Skip link, breadcrumb after "Tagungsbüro" and the main landmark of every page of the local mail view. */
export function DevMailFrame({ trail, children }: { trail: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      <header className="container">
        <p>
          <Link href="/">Tagungsbüro</Link> · {trail}
        </p>
      </header>
      <main id="main" className="container stack">
        {children}
      </main>
    </>
  );
}

/** A mail's text version keeps its line breaks but must not widen the page. */
export const mailTextStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 } as const;

/** The sandboxed HTML version: white like a mail client, whatever the page's theme. */
export const mailFrameStyle = {
  width: '100%',
  height: '40rem',
  border: '1px solid var(--color-border)',
  background: '#fff',
} as const;
