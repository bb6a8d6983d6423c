import Link from 'next/link';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import type { AttendeeListItem } from '@/lib/attendees/queries';
import { formatShortDate, formatTime } from '@/lib/format';
import styles from './dashboard.module.css';

const STATUS_BADGES = {
  confirmed: { label: 'Bestätigt', className: 'badge badge-success' },
  waitlisted: { label: 'Warteliste', className: 'badge badge-warning' },
  cancelled: { label: 'Storniert', className: 'badge badge-danger' },
} as const;

/** "Dr. Anna Schmidt": title, first and last name. */
export function attendeeName(a: Pick<AttendeeListItem, 'title' | 'firstName' | 'lastName'>): string {
  return [a.title, a.firstName, a.lastName].filter(Boolean).join(' ');
}

const GUEST_MARKERS = { guest: 'Gast', speaker: 'Referent/in', walk_in: 'Vor Ort' } as const;

const DateTime = ({ at }: { at: Date }) => (
  <time dateTime={at.toISOString()}>{`${formatShortDate(at)}, ${formatTime(at)} Uhr`}</time>
);

function columns(slug: string): DataTableColumn<AttendeeListItem>[] {
  return [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (a) => (
        <>
          <Link href={`/dashboard/events/${slug}/registrations/${a.id}`}>{attendeeName(a)}</Link>
          {a.guestType !== 'attendee' && (
            <span className={`badge badge-neutral ${styles.marker}`}>{GUEST_MARKERS[a.guestType]}</span>
          )}
          {a.overCapacity && <span className={`badge badge-warning ${styles.marker}`}>über Kapazität</span>}
        </>
      ),
    },
    { key: 'organization', header: 'Organisation', cell: (a) => a.organization ?? <span className="muted">–</span> },
    { key: 'email', header: 'E-Mail', cell: (a) => <a href={`mailto:${a.email}`}>{a.email}</a> },
    {
      key: 'status',
      header: 'Status',
      cell: (a) => <span className={STATUS_BADGES[a.status].className}>{STATUS_BADGES[a.status].label}</span>,
    },
    { key: 'registered', header: 'Angemeldet am', wrap: 'nowrap', cell: (a) => <DateTime at={a.createdAt} /> },
    {
      key: 'checkedIn',
      header: 'Eingecheckt',
      wrap: 'nowrap',
      cell: (a) => (a.checkedInAt ? <DateTime at={a.checkedInAt} /> : <span className="muted">Nein</span>),
    },
  ];
}

/** One page of attendees. */
export function AttendeeTable({
  slug,
  attendees,
  caption,
}: {
  slug: string;
  attendees: AttendeeListItem[];
  caption: string;
}) {
  return <DataTable caption={caption} columns={columns(slug)} rows={attendees} rowKey={(a) => a.id} />;
}
