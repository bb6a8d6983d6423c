import Link from 'next/link';
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

const dateTime = (d: Date) => `${formatShortDate(d)}, ${formatTime(d)} Uhr`;

/** One page of attendees. */
export function AttendeeTable({ slug, attendees, caption }: { slug: string; attendees: AttendeeListItem[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organisation</th>
            <th scope="col">E-Mail</th>
            <th scope="col">Status</th>
            <th scope="col">Angemeldet am</th>
            <th scope="col">Eingecheckt</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((a) => {
            const badge = STATUS_BADGES[a.status];
            return (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/dashboard/events/${slug}/registrations/${a.id}`}>{attendeeName(a)}</Link>
                  {a.guestType !== 'attendee' && <span className={`badge badge-neutral ${styles.marker}`}>{GUEST_MARKERS[a.guestType]}</span>}
                  {a.overCapacity && <span className={`badge badge-warning ${styles.marker}`}>über Kapazität</span>}
                </th>
                <td>{a.organization ?? <span className="muted">–</span>}</td>
                <td><a href={`mailto:${a.email}`}>{a.email}</a></td>
                <td><span className={badge.className}>{badge.label}</span></td>
                <td className={styles.nowrap}>
                  <time dateTime={a.createdAt.toISOString()}>{dateTime(a.createdAt)}</time>
                </td>
                <td className={styles.nowrap}>
                  {a.checkedInAt ? (
                    <time dateTime={a.checkedInAt.toISOString()}>{dateTime(a.checkedInAt)}</time>
                  ) : (
                    <span className="muted">Nein</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
