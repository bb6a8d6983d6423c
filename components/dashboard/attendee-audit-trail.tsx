import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { formatShortDate, formatTime } from '@/lib/format';

interface Entry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  summary: string;
}

const COLUMNS: DataTableColumn<Entry>[] = [
  {
    key: 'at',
    header: 'Zeitpunkt',
    cell: (e) => (
      <time dateTime={e.at.toISOString()}>
        {formatShortDate(e.at)}, {formatTime(e.at)} Uhr
      </time>
    ),
  },
  { key: 'actor', header: 'Wer', cell: (e) => e.actor },
  {
    key: 'summary',
    header: 'Was',
    cell: (e) => (
      <>
        {e.summary} <span className="muted">({e.action})</span>
      </>
    ),
  },
];

/** The audit entries of one registration, newest first. */
export function AttendeeAuditTrail({ entries }: { entries: Entry[] }) {
  return (
    <DataTable
      caption="Protokoll dieser Anmeldung"
      columns={COLUMNS}
      rows={entries}
      rowKey={(e) => e.id}
      empty={<p className="muted">Noch keine Einträge.</p>}
    />
  );
}
