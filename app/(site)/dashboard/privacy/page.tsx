import type { Metadata } from 'next';
import { ErasureForm } from '@/components/privacy/erasure-form';
import { requireAdmin } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Datenschutz' };

export default async function PrivacyPage() {
  await requireAdmin();
  return (
    <div className="stack">
      <h1>Datenschutz-Anfragen</h1>
      <section className="stack" aria-labelledby="access-heading">
        <h2 id="access-heading">Auskunft (Art. 15 DSGVO)</h2>
        <p className="muted">
          Lädt alles, was zu einer Adresse gespeichert ist, als JSON-Datei herunter: Anmeldungen mit Antworten und
          Einwilligungen, E-Mails, Check-ins, Newsletter-Status und Protokolleinträge.
        </p>
        <form method="post" action="/dashboard/privacy/export.json" className="stack">
          <div className="field">
            <label htmlFor="access-email">E-Mail-Adresse der Person</label>
            <input id="access-email" name="email" type="email" className="input" required autoComplete="off" />
          </div>
          <p>
            <button className="btn" type="submit">
              Auskunft herunterladen
            </button>
          </p>
        </form>
      </section>
      <section className="stack" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading">Löschung (Art. 17 DSGVO)</h2>
        <p className="muted">
          Wirkt auf alle Anmeldungen dieser Adresse. Aktive Anmeldungen für anstehende Veranstaltungen müssen vorher
          storniert werden, damit die Warteliste nachrückt.
        </p>
        <ErasureForm />
      </section>
    </div>
  );
}
