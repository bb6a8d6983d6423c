import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/ui/page-main';
import { errorMessage } from '@/lib/i18n/errors';
import { getI18n } from '@/lib/i18n/server';

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** An unknown or no longer valid invitation link: a 404 that says so. */
export default async function InvitationNotFound() {
  const { t, locale } = await getI18n();
  return (
    <PageMain narrow>
      <h1>{t.errors.notFoundTitle}</h1>
      <p>{errorMessage('invitationNotFound', locale)}</p>
      <p>
        <Link href="/" className="btn">
          {t.errors.home}
        </Link>
      </p>
    </PageMain>
  );
}
