import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthPage } from '@/components/auth/auth-page';
import styles from '@/components/auth/auth-page.module.css';
import { SignInForm } from '@/components/auth/sign-in-form';
import { firstParam, safeCallbackUrl, signInErrorMessage } from '@/components/auth/sign-in-params';
import { getCurrentUser } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.auth.signIn.title, robots: { index: false } };
}

// Public on purpose: the organizers' sign-in page (also next-auth's error page).
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { t } = await getI18n();
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl)) ?? '/dashboard';
  const error = signInErrorMessage(firstParam(params.error), t.auth.signInErrors);
  if (!error && (await getCurrentUser())) redirect(callbackUrl);
  return (
    <AuthPage>
      <h1>{t.auth.signIn.heading}</h1>
      <p>{t.auth.signIn.intro}</p>
      <div className={`card ${styles.card}`}>
        <SignInForm callbackUrl={callbackUrl} initialError={error} t={t.auth} />
      </div>
    </AuthPage>
  );
}
