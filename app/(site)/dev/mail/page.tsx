import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DevMailFrame } from '@/components/dev-mail/dev-mail-frame';
import { listCapturedMails } from '@/lib/dev-mail/queries';
import { formatShortDate } from '@/lib/format';
import { env } from '@/lib/server/env';

export const metadata: Metadata = { title: 'Erfasste E-Mails', robots: { index: false } };
export const dynamic = 'force-dynamic';

const time = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Berlin',
});

// Public on purpose: the local mail view, shown only when env.mailViewEnabled (no SMTP_URL, local install).
export default async function DevMailListPage() {
  if (!env.mailViewEnabled) notFound();
  const mails = await listCapturedMails();
  return (
    <DevMailFrame trail="Lokale Mail-Ansicht">
      <h1>Erfasste E-Mails</h1>
      <p className="alert alert-info">
        SMTP_URL ist nicht gesetzt. Deshalb verschickt das Tagungsbüro keine E-Mails, sondern speichert sie hier, damit
        Sie zum Beispiel Anmeldelinks und Bestätigungen lokal öffnen können.
      </p>
      <p>
        <Link href="/dev/mail/previews">Alle Mail-Vorlagen mit Beispieldaten ansehen</Link>
      </p>
      {mails.length === 0 ? (
        <p>Noch keine E-Mails erfasst. Sobald das Tagungsbüro eine E-Mail versendet, erscheint sie hier.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Erfasste E-Mails, neueste zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Zeit</th>
                <th scope="col">An</th>
                <th scope="col">Betreff</th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.id}>
                  <td>
                    <time dateTime={m.createdAt.toISOString()}>
                      {formatShortDate(m.createdAt)}, {time.format(m.createdAt)} Uhr
                    </time>
                  </td>
                  <td>{m.to}</td>
                  <td>
                    <Link href={`/dev/mail/${m.id}`}>{m.subject || '(ohne Betreff)'}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DevMailFrame>
  );
}
