import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/ui/page-main';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.forbidden.title, robots: { index: false } };
}

// Rendered with status 403 whenever a role guard refuses a page (forbidden() / AppError FORBIDDEN with its digest).
export default async function Forbidden() {
  const { t } = await getI18n();
  return (
    <PageMain narrow>
      <h1>{t.auth.forbidden.title}</h1>
      <p>{t.auth.forbidden.text}</p>
      <p>
        <Link href="/dashboard/door" className="btn">
          {t.auth.forbidden.toDoor}
        </Link>{' '}
        <Link href="/" className="btn btn-secondary">
          {t.auth.forbidden.toHome}
        </Link>
      </p>
    </PageMain>
  );
}
