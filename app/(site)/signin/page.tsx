import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthPage } from '@/components/auth/auth-page';
import styles from '@/components/auth/auth-page.module.css';
import { SignInForm } from '@/components/auth/sign-in-form';
import { firstParam, safeCallbackUrl, signInErrorMessage } from '@/components/auth/sign-in-params';
import { getCurrentUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Anmelden', robots: { index: false } };

// Public on purpose: the organizers' sign-in page (also next-auth's error page).
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl)) ?? '/dashboard';
  const error = signInErrorMessage(firstParam(params.error));
  if (!error && (await getCurrentUser())) redirect(callbackUrl);
  return (
    <AuthPage>
      <h1>Anmelden im Tagungsbüro</h1>
      <p>
        Der Veranstalterbereich ist für das Organisationsteam. Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen
        einen Anmeldelink. Ein Passwort brauchen Sie nicht.
      </p>
      <div className={`card ${styles.card}`}>
        <SignInForm callbackUrl={callbackUrl} initialError={error} />
      </div>
    </AuthPage>
  );
}
