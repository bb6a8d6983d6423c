import Link from 'next/link';
import { PageMain } from '@/components/ui/page-main';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
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
