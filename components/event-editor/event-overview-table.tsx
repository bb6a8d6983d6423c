import Link from 'next/link';
import styles from '@/components/dashboard/dashboard.module.css';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { EventSummary } from '@/lib/attendees/queries';
import { formatNumber, formatShortDate } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import type { EditorText } from './editor-text';

type Text = EditorText['overview'];

function EventActions({ event: e, t }: { event: EventSummary; t: Text }) {
  return (
    <div className={styles.actions}>
      <Link href={`/dashboard/events/${e.slug}/edit`}>
        {t.edit}
        <span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/dashboard/events/${e.slug}/edit/duplicate`}>
        {t.duplicate}
        <span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/dashboard/events/${e.slug}`}>
        {t.attendees}
        <span className="visually-hidden">: {e.title}</span>
      </Link>
      <Link href={`/checkin/${e.slug}`}>
        {t.checkin}
        <span className="visually-hidden">: {e.title}</span>
      </Link>
    </div>
  );
}

const columns = (t: Text, locale: Locale): DataTableColumn<EventSummary>[] => [
  {
    key: 'title',
    header: t.event,
    rowHeader: true,
    cell: (e) => (
      <>
        <Link href={`/dashboard/events/${e.slug}`}>{e.title}</Link>
        {e.isExample && (
          <>
            {' '}
            <span className="badge">{t.example}</span>
          </>
        )}
      </>
    ),
  },
  {
    key: 'date',
    header: t.date,
    wrap: 'nowrap',
    cell: (e) => <time dateTime={e.startsAt.toISOString()}>{formatShortDate(e.startsAt, locale)}</time>,
  },
  {
    key: 'status',
    header: t.status,
    cell: (e) => (
      <span className={`badge ${e.published ? 'badge-success' : 'badge-warning'}`}>
        {e.published ? t.published : t.draft}
      </span>
    ),
  },
  {
    key: 'confirmed',
    header: t.confirmed,
    numeric: true,
    cell: (e) => (
      <>
        {formatNumber(e.counts.confirmed, locale)}
        {e.capacity !== null && <span className="muted"> {fill(t.of, { n: formatNumber(e.capacity, locale) })}</span>}
      </>
    ),
  },
  { key: 'waitlisted', header: t.waitlisted, numeric: true, cell: (e) => formatNumber(e.counts.waitlisted, locale) },
  { key: 'checkedIn', header: t.checkedIn, numeric: true, cell: (e) => formatNumber(e.counts.checkedIn, locale) },
  { key: 'actions', header: t.actions, cell: (e) => <EventActions event={e} t={t} /> },
];

/** All events with publish state, registrations and the editor's entry points. */
export async function EventOverviewTable({ events }: { events: EventSummary[] }) {
  const { locale, t: dictionary } = await getI18n();
  const t = dictionary.editor.overview;
  return <DataTable caption={t.caption} columns={columns(t, locale)} rows={events} rowKey={(e) => e.id} />;
}
