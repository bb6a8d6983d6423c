'use client';

import Link from 'next/link';
import { useEffect, useSyncExternalStore } from 'react';
import { PageMain } from '@/components/ui/page-main';
import { errorPage as de } from '@/lib/i18n/de/error-page';
import { errorPage as en } from '@/lib/i18n/en/error-page';

const noSubscription = () => () => {};

// A client component cannot read the language cookie; the document's lang attribute, set by the layout from it,
// tells the language after hydration (German, the default, before).
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => 'de',
  );
  const t = lang === 'en' ? en : de;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageMain narrow>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      {error.digest ? (
        <p className="muted">
          {t.digest} <span className="mono">{error.digest}</span>
        </p>
      ) : null}
      <p>
        <button type="button" className="btn" onClick={reset}>
          {t.retry}
        </button>{' '}
        <Link href="/" className="btn btn-secondary">
          {t.home}
        </Link>
      </p>
    </PageMain>
  );
}
