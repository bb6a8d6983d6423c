import Link from 'next/link';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { PageMain } from './page-main';

/** The body of every 404 page (site, cached event pages, unmatched URLs), in the dictionary's language. */
export function NotFoundContent({ t }: { t: Dictionary }) {
  return (
    <PageMain narrow>
      <h1>{t.errors.notFoundTitle}</h1>
      <p>{t.errors.notFoundText}</p>
      <p>
        <Link href="/" className="btn">
          {t.errors.home}
        </Link>
      </p>
    </PageMain>
  );
}
