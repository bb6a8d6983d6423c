import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { listAuditEntries } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number];
type Texts = Dictionary['dashboard']['admin'];

// Summaries are stored records written in German, and event titles are content: both marked lang="de".
function columns(t: Texts, locale: Locale): DataTableColumn<AuditRow>[] {
  return [
    { key: 'at', header: t.colAt, wrap: 'nowrap', cell: (e) => formatDateTime(e.at, locale) },
    { key: 'actor', header: t.colActor, wrap: 'anywhere', cell: (e) => e.actor },
    { key: 'action', header: t.colAction, className: 'mono', cell: (e) => e.action },
    { key: 'event', header: t.colEvent, cell: (e) => (e.eventTitle ? <span lang="de">{e.eventTitle}</span> : '–') },
    {
      key: 'summary',
      header: t.colSummary,
      cell: (e) => (
        <>
          <span lang="de">{e.summary}</span>
          {e.registrationId ? (
            <span className="muted"> {fill(t.registrationRef, { id: e.registrationId })}</span>
          ) : null}
        </>
      ),
    },
  ];
}

/** One page of audit entries, newest first, or the empty state for the filters. */
export function AuditTable({ entries, t, locale }: { entries: AuditRow[]; t: Texts; locale: Locale }) {
  return (
    <DataTable
      caption={t.caption}
      columns={columns(t, locale)}
      rows={entries}
      rowKey={(e) => e.id}
      empty={<p className="alert alert-info">{t.empty}</p>}
    />
  );
}
