import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { getAuditFilterOptions, listAuditEntries } from '@/lib/audit/queries';
import { parseAuditSearch, type AuditSearch } from '@/lib/audit/schema';
import { requireAdmin } from '@/lib/auth/guards';
import { formatShortDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Protokoll' };

type Params = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireAdmin();
  const parsed = parseAuditSearch(await searchParams);
  const search: AuditSearch = parsed.success ? parsed.data : { action: undefined, actor: undefined, event: undefined };
  const [{ entries, next }, options] = await Promise.all([listAuditEntries(search), getAuditFilterOptions()]);
  const nextQuery = next
    ? new URLSearchParams({
        ...Object.fromEntries(Object.entries(search).filter(([k, v]) => v && k !== 'after')),
        after: next,
      })
    : null;
  return (
    <div className="stack">
      <h1>Protokoll</h1>
      <p className="muted">
        Wer hat wann was getan: Anmeldungen, Benutzer- und Rollenänderungen, Exporte, Nachrichten, Löschungen. Einträge
        lassen sich nicht ändern.
      </p>
      <form method="get" className="stack" aria-label="Protokoll filtern">
        <div
          className="filter-grid"
          style={{
            display: 'grid',
            gap: 'var(--space-3)',
            gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
          }}
        >
          <div className="field">
            <label htmlFor="audit-action">Aktion</label>
            <select id="audit-action" name="action" className="input" defaultValue={search.action ?? ''}>
              <option value="">Alle</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-actor">Person (E-Mail oder „system“)</label>
            <input id="audit-actor" name="actor" className="input" defaultValue={search.actor ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="audit-event">Veranstaltung</label>
            <select id="audit-event" name="event" className="input" defaultValue={search.event ?? ''}>
              <option value="">Alle</option>
              {options.events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title} ({formatShortDate(e.startsAt)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-from">Von</label>
            <input id="audit-from" name="from" type="date" className="input" defaultValue={search.from ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">Bis</label>
            <input id="audit-to" name="to" type="date" className="input" defaultValue={search.to ?? ''} />
          </div>
        </div>
        {!parsed.success && (
          <p className="alert alert-error" role="alert">
            {parsed.error.issues[0]?.message ?? 'Ungültige Filter.'} Es werden alle Einträge gezeigt.
          </p>
        )}
        <p>
          <button className="btn" type="submit">
            Filtern
          </button>{' '}
          <Link href="/dashboard/audit" className="btn btn-secondary">
            Zurücksetzen
          </Link>
        </p>
      </form>
      <AuditTable entries={entries} />
      {nextQuery && (
        <p>
          <Link className="btn btn-secondary" href={`/dashboard/audit?${nextQuery}`}>
            Ältere Einträge
          </Link>
        </p>
      )}
    </div>
  );
}
