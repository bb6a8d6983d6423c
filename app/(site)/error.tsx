'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { PageMain } from '@/components/ui/page-main';

// Client component without access to the language cookie, so it speaks German, the site's default.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageMain narrow>
      <h1>Etwas ist schiefgelaufen</h1>
      <p>
        Beim Laden der Seite ist ein Fehler aufgetreten. Das liegt nicht an Ihnen. Bitte versuchen Sie es erneut oder
        kommen Sie später wieder.
      </p>
      {error.digest ? (
        <p className="muted">
          Fehlerkennung: <span className="mono">{error.digest}</span>
        </p>
      ) : null}
      <p>
        <button type="button" className="btn" onClick={reset}>
          Erneut versuchen
        </button>{' '}
        <Link href="/" className="btn btn-secondary">
          Zur Startseite
        </Link>
      </p>
    </PageMain>
  );
}
