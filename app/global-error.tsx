'use client';

import { PageMain } from '@/components/ui/page-main';
import { errorPage as de } from '@/lib/i18n/de/error-page';
import { errorPage as en } from '@/lib/i18n/en/error-page';
import './globals.css';

// Shown when the root layout itself fails (e.g. the database is away while it loads the site's settings): no
// layout means no language cookie read, so the page speaks German first and English below it.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de">
      <head>
        <title>{`${de.title} · ${en.title}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>
        <PageMain narrow>
          <h1>{de.title}</h1>
          <p>{de.text}</p>
          <div lang="en">
            <h2>{en.title}</h2>
            <p>{en.text}</p>
          </div>
          {error.digest ? (
            <p className="muted">
              {de.digest} / <span lang="en">{en.digest}</span> <span className="mono">{error.digest}</span>
            </p>
          ) : null}
          <p>
            <button type="button" className="btn" onClick={reset}>
              {de.retry} / <span lang="en">{en.retry}</span>
            </button>
          </p>
        </PageMain>
      </body>
    </html>
  );
}
