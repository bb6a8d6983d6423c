import Link from 'next/link';
import { locale as localeParam } from 'next/root-params';
import { PageMain } from '@/components/ui/page-main';
import { toLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

// An unknown or unpublished event: the language comes from the URL segment, like the rest of the cached pages.
export default async function NotFound() {
  const t = getDictionary(toLocale(await localeParam()));
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
