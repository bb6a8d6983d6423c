import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { listAuditEntries } from '@/lib/audit/queries';
import { formatDateTime } from '@/lib/format';

type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number];

const COLUMNS: DataTableColumn<AuditRow>[] = [
  { key: 'at', header: 'Zeit', wrap: 'nowrap', cell: (e) => formatDateTime(e.at) },
  { key: 'actor', header: 'Person', wrap: 'anywhere', cell: (e) => e.actor },
  { key: 'action', header: 'Aktion', className: 'mono', cell: (e) => e.action },
  { key: 'event', header: 'Veranstaltung', cell: (e) => e.eventTitle ?? '–' },
  {
    key: 'summary',
    header: 'Beschreibung',
    cell: (e) => (
      <>
        {e.summary}
        {e.registrationId ? <span className="muted"> (Anmeldung {e.registrationId})</span> : null}
      </>
    ),
  },
];

/** One page of audit entries, newest first, or the empty state for the filters. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <DataTable
      caption="Protokolleinträge, neueste zuerst"
      columns={COLUMNS}
      rows={entries}
      rowKey={(e) => e.id}
      empty={<p className="alert alert-info">Keine Einträge für diese Filter.</p>}
    />
  );
}
