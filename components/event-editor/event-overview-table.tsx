import Link from 'next/link';
import styles from '@/components/dashboard/dashboard.module.css';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { EventSummary } from '@/lib/attendees/queries';
import { formatNumber, formatShortDate } from '@/lib/format';

function EventActions({ event: e }: { event: EventSummary }) {
  return (
    <div className={styles.actions}>
      <Link href={`/dashboard/events/${e.slug}/edit`}>
        Bearbeiten<span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/dashboard/events/${e.slug}/edit/duplicate`}>
        Duplizieren<span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/dashboard/events/${e.slug}`}>
        Teilnehmende<span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/checkin/${e.slug}`}>
        Check-in<span className="visually-hidden">: {e.title}</span>
      </Link>
    </div>
  );
}

const COLUMNS: DataTableColumn<EventSummary>[] = [
  {
    key: 'title',
    header: 'Veranstaltung',
    rowHeader: true,
    cell: (e) => (
      <>
        <Link href={`/dashboard/events/${e.slug}`}>{e.title}</Link>
        {e.isExample && (
          <>
            {' '}
            <span className="badge">Beispiel</span>
          </>
        )}
      </>
    ),
  },
  {
    key: 'date',
    header: 'Datum',
    wrap: 'nowrap',
    cell: (e) => <time dateTime={e.startsAt.toISOString()}>{formatShortDate(e.startsAt)}</time>,
  },
  {
    key: 'status',
    header: 'Status',
    cell: (e) => (
      <span className={`badge ${e.published ? 'badge-success' : 'badge-warning'}`}>
        {e.published ? 'veröffentlicht' : 'Entwurf'}
      </span>
    ),
  },
  {
    key: 'confirmed',
    header: 'Bestätigt',
    numeric: true,
    cell: (e) => (
      <>
        {formatNumber(e.counts.confirmed)}
        {e.capacity !== null && <span className="muted"> von {formatNumber(e.capacity)}</span>}
      </>
    ),
  },
  { key: 'waitlisted', header: 'Warteliste', numeric: true, cell: (e) => formatNumber(e.counts.waitlisted) },
  { key: 'checkedIn', header: 'Eingecheckt', numeric: true, cell: (e) => formatNumber(e.counts.checkedIn) },
  { key: 'actions', header: 'Aktionen', cell: (e) => <EventActions event={e} /> },
];

/** All events with publish state, registrations and the editor's entry points. */
export function EventOverviewTable({ events }: { events: EventSummary[] }) {
  return (
    <DataTable
      caption="Alle Veranstaltungen mit Status, Anmeldungen und Aktionen"
      columns={COLUMNS}
      rows={events}
      rowKey={(e) => e.id}
    />
  );
}
