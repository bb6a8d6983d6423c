import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage } from '@/components/auth/auth-page';
import { MAGIC_LINK_MINUTES } from '@/lib/auth/options';

export const metadata: Metadata = { title: 'Prüfen Sie Ihr Postfach', robots: { index: false } };

// Public on purpose: next-auth's "verify request" page after a sign-in link was requested.
export default function CheckEmailPage() {
  return (
    <AuthPage>
      <div className="stack">
        <h1>Prüfen Sie Ihr Postfach</h1>
        <p className="alert alert-info">
          Falls für diese Adresse ein Zugang eingerichtet ist, haben wir Ihnen einen Anmeldelink geschickt. Der Link ist{' '}
          {MAGIC_LINK_MINUTES} Minuten gültig und kann nur einmal verwendet werden.
        </p>
        <p>Keine E-Mail bekommen? Sehen Sie auch im Spam-Ordner nach, oder fordern Sie einen neuen Link an.</p>
        <p>
          <Link href="/signin">Neuen Anmeldelink anfordern</Link>
        </p>
      </div>
    </AuthPage>
  );
}
