import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatShortDate, formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { RegistrationMailRow } from '@/lib/messages/queries';
import { STATUS_TONES } from './delivery-status';
import styles from './messages.module.css';

type Texts = Dictionary['dashboard']['mails'];

// Subjects are what organizers wrote, and reasons are stored records in German: both marked lang="de".
function columns(t: Texts, locale: Locale): DataTableColumn<RegistrationMailRow>[] {
  const dateTime = (d: Date) => `${formatShortDate(d, locale)}, ${formatTime(d, locale)}`;
  return [
    {
      key: 'kind',
      header: t.colKind,
      rowHeader: true,
      cell: (m) => (
        <>
          {t[`kind.${m.kind}`]}
          {m.organizerMessage ? (
            <span className={styles.subject}>
              : <span lang="de">{m.organizerMessage.subject}</span>
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t.colStatus,
      cell: (m) => <StatusBadge label={t[`status.${m.status}`]} tone={STATUS_TONES[m.status]} />,
    },
    {
      key: 'at',
      header: t.colAt,
      cell: (m) => (
        <>
          <span className="visually-hidden">{m.sentAt ? t.sentAt : t.createdAt} </span>
          <time dateTime={(m.sentAt ?? m.createdAt).toISOString()}>{dateTime(m.sentAt ?? m.createdAt)}</time>
        </>
      ),
    },
    {
      key: 'error',
      header: t.colError,
      className: styles.error,
      cell: (m) => (m.lastError ? <span lang="de">{m.lastError}</span> : <span className="muted">–</span>),
    },
  ];
}

/** The "E-Mails" section of a registration: every outbox mail to this person with its state. */
export function RegistrationMails({ mails, t, locale }: { mails: RegistrationMailRow[]; t: Texts; locale: Locale }) {
  return (
    <section aria-labelledby="mails" className="stack">
      <h2 id="mails">{t.heading}</h2>
      <DataTable
        caption={t.caption}
        columns={columns(t, locale)}
        rows={mails}
        rowKey={(m) => m.id}
        empty={<p className="muted">{t.empty}</p>}
      />
    </section>
  );
}
