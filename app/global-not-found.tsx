import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/ui/page-main';
import { SiteDocument } from '@/components/ui/site-frame';
import { getI18n } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: `${t.errors.notFoundTitle} · ${t.site.name}` };
}

// URLs that match no route: with two root layouts (app/(site), app/cached/[locale]) Next needs a whole document here.
export default async function GlobalNotFound() {
  const { locale, t } = await getI18n();
  return (
    <SiteDocument locale={locale}>
      <PageMain narrow>
        <h1>{t.errors.notFoundTitle}</h1>
        <p>{t.errors.notFoundText}</p>
        <p>
          <Link href="/" className="btn">
            {t.errors.home}
          </Link>
        </p>
      </PageMain>
    </SiteDocument>
  );
}
