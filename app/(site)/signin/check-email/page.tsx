import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage } from '@/components/auth/auth-page';
import { MAGIC_LINK_MINUTES } from '@/lib/auth/sign-in-request';
import { fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.checkEmail.title, robots: { index: false } };
}

// Public on purpose: next-auth's "verify request" page after a sign-in link was requested.
export default async function CheckEmailPage() {
  const { t } = await getI18n();
  return (
    <AuthPage>
      <div className="stack">
        <h1>{t.auth.checkEmail.title}</h1>
        <p className="alert alert-info">{fill(t.auth.checkEmail.sent, { minutes: MAGIC_LINK_MINUTES })}</p>
        <p>{t.auth.checkEmail.noMail}</p>
        <p>
          <Link href="/signin">{t.auth.checkEmail.again}</Link>
        </p>
      </div>
    </AuthPage>
  );
}
