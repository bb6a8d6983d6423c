import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { EventSummary } from '@/lib/attendees/queries';
import { contingentReleased } from '@/lib/events/editor-contingent';
import { formatNumber, formatShortDate } from '@/lib/format';
import { contentLang, fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './dashboard.module.css';

type Texts = Dictionary['dashboard']['overview'];
type ApprovalTexts = Dictionary['approval']['overview'];

/** Pending reviews and the invitees' contingent under the confirmed count, where an event has them. */
function ConfirmedExtras({ event: e, t, n }: { event: EventSummary; t: ApprovalTexts; n: (v: number) => string }) {
  const contingent = e.reservedSeats > 0 && !contingentReleased(e);
  if (e.counts.pending === 0 && !contingent) return null;
  return (
    <>
      {e.counts.pending > 0 && (
        <>
          <br />
          <Link href={`/dashboard/events/${e.slug}?status=pending`} className="badge badge-warning">
            {fill(t.pending, { n: n(e.counts.pending) })}
          </Link>
        </>
      )}
      {contingent && (
        <>
          <br />
          <span className="muted">{fill(t.contingent, { taken: n(e.reservedTaken), seats: n(e.reservedSeats) })}</span>
        </>
      )}
    </>
  );
}

function EventActions({ event: e, t }: { event: EventSummary; t: Texts }) {
  const named = (label: string) => (
    <>
      {label}
      <span className="visually-hidden">
        : <span lang="de">{e.title}</span>
      </span>
    </>
  );
  return (
    <div className={styles.actions}>
      <Link href={`/dashboard/events/${e.slug}/edit`}>{named(t.edit)}</Link>
      <Link href={`/dashboard/events/${e.slug}/edit/duplicate`}>{named(t.duplicate)}</Link>
      <Link href={`/dashboard/events/${e.slug}`}>{named(t.attendees)}</Link>
      <Link href={`/checkin/${e.slug}`}>{named(t.checkin)}</Link>
    </div>
  );
}

function columns(t: Texts, a: ApprovalTexts, locale: Locale): DataTableColumn<EventSummary>[] {
  const n = (v: number) => formatNumber(v, locale);
  return [
    {
      key: 'title',
      header: t.event,
      rowHeader: true,
      cell: (e) => (
        <>
          <Link href={`/dashboard/events/${e.slug}`} lang={contentLang(locale)}>
            {e.title}
          </Link>
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
          {n(e.counts.confirmed)}
          {e.capacity !== null && <span className="muted"> {fill(t.ofCapacity, { n: n(e.capacity) })}</span>}
          <ConfirmedExtras event={e} t={a} n={n} />
        </>
      ),
    },
    { key: 'waitlisted', header: t.waitlisted, numeric: true, cell: (e) => n(e.counts.waitlisted) },
    { key: 'checkedIn', header: t.checkedIn, numeric: true, cell: (e) => n(e.counts.checkedIn) },
    { key: 'actions', header: t.actions, cell: (e) => <EventActions event={e} t={t} /> },
  ];
}

/** All events with publish state, registrations and the editor's entry points. */
export function EventOverviewTable({
  events,
  t,
  approval,
  locale,
}: {
  events: EventSummary[];
  t: Texts;
  approval: ApprovalTexts;
  locale: Locale;
}) {
  return <DataTable caption={t.caption} columns={columns(t, approval, locale)} rows={events} rowKey={(e) => e.id} />;
}
