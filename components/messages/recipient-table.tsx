import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import type { MessageRecipientRow } from '@/lib/messages/queries';
import { STATUS_DISPLAY } from './delivery-status';
import styles from './messages.module.css';

const dateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)} Uhr`;

function StateDetail({ row }: { row: MessageRecipientRow }) {
  switch (row.status) {
    case 'sent':
      return row.sentAt ? (
        <>
          am <time dateTime={row.sentAt.toISOString()}>{dateTime(row.sentAt)}</time>
        </>
      ) : null;
    case 'retrying':
    case 'failed':
      return <span className={styles.error}>{row.lastError ?? 'Unbekannter Fehler'}</span>;
    case 'skipped':
      return <span className={styles.error}>{row.lastError ?? 'Ohne Angabe eines Grundes'}</span>;
    case 'queued':
      return null;
  }
}

function RecipientName({ slug, row }: { slug: string; row: MessageRecipientRow }) {
  const r = row.registration;
  if (!r) return <span className="muted">Testmail (Veranstalter)</span>;
  return (
    <Link href={`/dashboard/events/${slug}/registrations/${r.id}`}>
      {[r.title, r.firstName, r.lastName].filter(Boolean).join(' ')}
    </Link>
  );
}

function columns(slug: string): DataTableColumn<MessageRecipientRow>[] {
  return [
    { key: 'name', header: 'Name', rowHeader: true, cell: (row) => <RecipientName slug={slug} row={row} /> },
    { key: 'email', header: 'E-Mail', className: styles.subject, cell: (row) => row.recipient },
    {
      key: 'status',
      header: 'Status',
      cell: (row) => <StatusBadge label={STATUS_DISPLAY[row.status].label} tone={STATUS_DISPLAY[row.status].tone} />,
    },
    { key: 'detail', header: 'Einzelheiten', cell: (row) => <StateDetail row={row} /> },
    { key: 'attempts', header: 'Versuche', numeric: true, cell: (row) => formatNumber(row.attempts) },
  ];
}

/** One row per recipient of a message: who, which address, state with time or error, and the attempts so far. */
export function RecipientTable({
  slug,
  rows,
  caption,
}: {
  slug: string;
  rows: MessageRecipientRow[];
  caption: string;
}) {
  return <DataTable caption={caption} columns={columns(slug)} rows={rows} rowKey={(row) => row.id} />;
}
