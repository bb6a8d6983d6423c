import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { getAuditFilterOptions, listAuditEntries } from '@/lib/audit/queries';
import { parseAuditSearch, type AuditSearch } from '@/lib/audit/schema';
import { requireAdmin } from '@/lib/auth/guards';
import { formatShortDate } from '@/lib/format';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.admin.auditTitle };
}

type Params = Record<string, string | string[] | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireAdmin();
  const { t, locale } = await getI18n();
  const a = t.dashboard.admin;
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
      <h1>{a.auditTitle}</h1>
      <p className="muted">{a.auditIntro}</p>
      <form method="get" className="stack" aria-label={a.auditFilter}>
        <div
          className="filter-grid"
          style={{
            display: 'grid',
            gap: 'var(--space-3)',
            gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
          }}
        >
          <div className="field">
            <label htmlFor="audit-action">{a.action}</label>
            <select id="audit-action" name="action" className="input" defaultValue={search.action ?? ''}>
              <option value="">{a.all}</option>
              {options.actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-actor">{a.actor}</label>
            <input id="audit-actor" name="actor" className="input" defaultValue={search.actor ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="audit-event">{a.event}</label>
            <select id="audit-event" name="event" className="input" defaultValue={search.event ?? ''}>
              <option value="">{a.all}</option>
              {options.events.map((e) => (
                <option key={e.id} value={e.id} lang="de">
                  {e.title} ({formatShortDate(e.startsAt, locale)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-from">{a.from}</label>
            <input id="audit-from" name="from" type="date" className="input" defaultValue={search.from ?? ''} />
          </div>
          <div className="field">
            <label htmlFor="audit-to">{a.to}</label>
            <input id="audit-to" name="to" type="date" className="input" defaultValue={search.to ?? ''} />
          </div>
        </div>
        {!parsed.success && (
          <p className="alert alert-error" role="alert">
            {a.badFilters}
          </p>
        )}
        <p>
          <button className="btn" type="submit">
            {a.filter}
          </button>{' '}
          <Link href="/dashboard/audit" className="btn btn-secondary">
            {a.reset}
          </Link>
        </p>
      </form>
      <AuditTable entries={entries} t={a} locale={locale} />
      {nextQuery && (
        <p>
          <Link className="btn btn-secondary" href={`/dashboard/audit?${nextQuery}`}>
            {a.older}
          </Link>
        </p>
      )}
    </div>
  );
}
