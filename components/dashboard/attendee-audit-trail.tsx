import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { formatShortDate, formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

interface Entry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  summary: string;
}

type Texts = Dictionary['dashboard']['registration'];

// Summaries are stored records, written in German when they happened: marked lang="de", not translated.
function columns(t: Texts, locale: Locale): DataTableColumn<Entry>[] {
  return [
    {
      key: 'at',
      header: t.colAt,
      wrap: 'nowrap',
      cell: (e) => (
        <time dateTime={e.at.toISOString()}>
          {formatShortDate(e.at, locale)}, {formatTime(e.at, locale)}
        </time>
      ),
    },
    { key: 'actor', header: t.colActor, cell: (e) => e.actor },
    {
      key: 'summary',
      header: t.colWhat,
      cell: (e) => (
        <>
          <span lang="de">{e.summary}</span> <span className="muted">({e.action})</span>
        </>
      ),
    },
  ];
}

/** The audit entries of one registration, newest first. */
export function AttendeeAuditTrail({ entries, t, locale }: { entries: Entry[]; t: Texts; locale: Locale }) {
  return (
    <DataTable
      caption={t.auditCaption}
      columns={columns(t, locale)}
      rows={entries}
      rowKey={(e) => e.id}
      empty={<p className="muted">{t.auditEmpty}</p>}
    />
  );
}
