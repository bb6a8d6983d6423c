import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatShortDate, formatTime } from '@/lib/format';
import type { RegistrationMailRow } from '@/lib/messages/queries';
import { KIND_LABELS, STATUS_DISPLAY } from './delivery-status';
import styles from './messages.module.css';

const dateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)} Uhr`;

const COLUMNS: DataTableColumn<RegistrationMailRow>[] = [
  {
    key: 'kind',
    header: 'Art',
    rowHeader: true,
    cell: (m) => (
      <>
        {KIND_LABELS[m.kind]}
        {m.organizerMessage ? <span className={styles.subject}>: {m.organizerMessage.subject}</span> : null}
      </>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    cell: (m) => <StatusBadge label={STATUS_DISPLAY[m.status].label} tone={STATUS_DISPLAY[m.status].tone} />,
  },
  {
    key: 'at',
    header: 'Zeit',
    cell: (m) => (
      <>
        <span className="visually-hidden">{m.sentAt ? 'versendet am ' : 'erstellt am '}</span>
        <time dateTime={(m.sentAt ?? m.createdAt).toISOString()}>{dateTime(m.sentAt ?? m.createdAt)}</time>
      </>
    ),
  },
  {
    key: 'error',
    header: 'Fehler oder Grund',
    className: styles.error,
    cell: (m) => m.lastError ?? <span className="muted">–</span>,
  },
];

/** The "E-Mails" section of a registration: every outbox mail to this person with its state. */
export function RegistrationMails({ mails }: { mails: RegistrationMailRow[] }) {
  return (
    <section aria-labelledby="mails" className="stack">
      <h2 id="mails">E-Mails</h2>
      <DataTable
        caption="E-Mails an diese Person, neueste zuerst"
        columns={COLUMNS}
        rows={mails}
        rowKey={(m) => m.id}
        empty={<p className="muted">Für diese Anmeldung wurden keine E-Mails erfasst.</p>}
      />
    </section>
  );
}
