import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DevMailFrame } from '@/components/dev-mail/dev-mail-frame';
import { mailPreviews } from '@/lib/mail/previews';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Mail-Vorlagen', robots: { index: false } };
export const dynamic = 'force-dynamic';

// Public on purpose: the local mail view, shown only when env.mailViewEnabled (no SMTP_URL, local install).
export default function MailPreviewListPage() {
  if (!env.mailViewEnabled) notFound();
  return (
    <DevMailFrame trail={<Link href="/dev/mail">Lokale Mail-Ansicht</Link>}>
      <h1>Mail-Vorlagen</h1>
      <p>
        Jede E-Mail des Tagungsbüros, erzeugt mit Beispieldaten der Beispielveranstaltung. Es wird nichts versendet.
      </p>
      <ul>
        {mailPreviews.map((p) => (
          <li key={p.id}>
            <Link href={`/dev/mail/previews/${p.id}`}>{p.label}</Link>
          </li>
        ))}
      </ul>
    </DevMailFrame>
  );
}
