import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/ui/not-found-content';
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
      <NotFoundContent t={t} />
    </SiteDocument>
  );
}
