import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatNumber, formatShortDate, formatTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { MessageRecipientRow } from '@/lib/messages/queries';
import { STATUS_TONES } from './delivery-status';
import styles from './messages.module.css';

interface Texts {
  t: Dictionary['dashboard']['messages'];
  mails: Dictionary['dashboard']['mails'];
  locale: Locale;
}

// Errors and skip reasons are stored records in German: marked lang="de".
function StateDetail({ row, t, locale }: { row: MessageRecipientRow } & Omit<Texts, 'mails'>) {
  switch (row.status) {
    case 'sent':
      return row.sentAt ? (
        <time dateTime={row.sentAt.toISOString()}>
          {fill(t.sentOn, { date: `${formatShortDate(row.sentAt, locale)}, ${formatTime(row.sentAt, locale)}` })}
        </time>
      ) : null;
    case 'retrying':
    case 'failed':
      return row.lastError ? (
        <span className={styles.error} lang="de">
          {row.lastError}
        </span>
      ) : (
        <span className={styles.error}>{t.unknownError}</span>
      );
    case 'skipped':
      return row.lastError ? (
        <span className={styles.error} lang="de">
          {row.lastError}
        </span>
      ) : (
        <span className={styles.error}>{t.noReason}</span>
      );
    case 'queued':
      return null;
  }
}

function RecipientName({ slug, row, t }: { slug: string; row: MessageRecipientRow; t: Texts['t'] }) {
  const r = row.registration;
  if (!r) return <span className="muted">{t.testRecipient}</span>;
  return (
    <Link href={`/dashboard/events/${slug}/registrations/${r.id}`} lang="de">
      {[r.title, r.firstName, r.lastName].filter(Boolean).join(' ')}
    </Link>
  );
}

function columns(slug: string, { t, mails, locale }: Texts): DataTableColumn<MessageRecipientRow>[] {
  return [
    { key: 'name', header: t.colName, rowHeader: true, cell: (row) => <RecipientName slug={slug} row={row} t={t} /> },
    { key: 'email', header: t.colEmail, className: styles.subject, cell: (row) => row.recipient },
    {
      key: 'status',
      header: t.colStatus,
      cell: (row) => <StatusBadge label={mails[`status.${row.status}`]} tone={STATUS_TONES[row.status]} />,
    },
    { key: 'detail', header: t.colDetail, cell: (row) => <StateDetail row={row} t={t} locale={locale} /> },
    { key: 'attempts', header: t.colAttempts, numeric: true, cell: (row) => formatNumber(row.attempts, locale) },
  ];
}

/** One row per recipient of a message: who, which address, state with time or error, and the attempts so far. */
export function RecipientTable({
  slug,
  rows,
  caption,
  ...texts
}: { slug: string; rows: MessageRecipientRow[]; caption: string } & Texts) {
  return <DataTable caption={caption} columns={columns(slug, texts)} rows={rows} rowKey={(row) => row.id} />;
}
