import Link from 'next/link';
import dashboard from '@/components/dashboard/dashboard.module.css';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import type { MessageRecipientRow } from '@/lib/messages/queries';
import { STATUS_DISPLAY } from './delivery-status';
import styles from './messages.module.css';

const dateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)} Uhr`;

function StateDetail({ row }: { row: MessageRecipientRow }) {
  switch (row.status) {
    case 'sent':
      return row.sentAt ? <>am <time dateTime={row.sentAt.toISOString()}>{dateTime(row.sentAt)}</time></> : null;
    case 'retrying':
    case 'failed':
      return <span className={styles.error}>{row.lastError ?? 'Unbekannter Fehler'}</span>;
    case 'skipped':
      return <span className={styles.error}>{row.lastError ?? 'Ohne Angabe eines Grundes'}</span>;
    case 'queued':
      return null;
  }
}

/** One row per recipient of a message: who, which address, state with time or error, and the attempts so far. */
export function RecipientTable({ slug, rows, caption }: { slug: string; rows: MessageRecipientRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail</th>
            <th scope="col">Status</th>
            <th scope="col">Einzelheiten</th>
            <th scope="col" className={dashboard.num}>Versuche</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const r = row.registration;
            const name = r ? [r.title, r.firstName, r.lastName].filter(Boolean).join(' ') : null;
            const state = STATUS_DISPLAY[row.status];
            return (
              <tr key={row.id}>
                <th scope="row">
                  {r ? <Link href={`/dashboard/events/${slug}/registrations/${r.id}`}>{name}</Link> : <span className="muted">Testmail (Veranstalter)</span>}
                </th>
                <td className={styles.subject}>{row.recipient}</td>
                <td><StatusBadge label={state.label} tone={state.tone} /></td>
                <td><StateDetail row={row} /></td>
                <td className={dashboard.num}>{formatNumber(row.attempts)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
