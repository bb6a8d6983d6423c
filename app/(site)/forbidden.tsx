import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/ui/page-main';

export const metadata: Metadata = { title: 'Kein Zugriff', robots: { index: false } };

// Rendered with status 403 whenever a role guard refuses a page (forbidden() / AppError FORBIDDEN with its digest).
export default function Forbidden() {
  return (
    <PageMain narrow>
      <h1>Kein Zugriff</h1>
      <p>
        Für diese Seite fehlt Ihnen die Berechtigung. Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich
        bitte an eine Administratorin oder einen Administrator des Tagungsbüros.
      </p>
      <p>
        <Link href="/dashboard/door" className="btn">
          Zum Einlass
        </Link>{' '}
        <Link href="/" className="btn btn-secondary">
          Zur Startseite
        </Link>
      </p>
    </PageMain>
  );
}
