import Link from 'next/link';
import styles from '@/components/dashboard/dashboard.module.css';
import type { EventSummary } from '@/lib/attendees/queries';
import { formatNumber, formatShortDate } from '@/lib/format';

/** All events with publish state, registrations and the editor's entry points. */
export function EventOverviewTable({ events }: { events: EventSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Alle Veranstaltungen mit Status, Anmeldungen und Aktionen</caption>
        <thead>
          <tr>
            <th scope="col">Veranstaltung</th>
            <th scope="col">Datum</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.num}>Bestätigt</th>
            <th scope="col" className={styles.num}>Warteliste</th>
            <th scope="col" className={styles.num}>Eingecheckt</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link href={`/dashboard/events/${e.slug}`}>{e.title}</Link>
                {e.isExample && <> <span className="badge">Beispiel</span></>}
              </th>
              <td className={styles.nowrap}><time dateTime={e.startsAt.toISOString()}>{formatShortDate(e.startsAt)}</time></td>
              <td>
                <span className={`badge ${e.published ? 'badge-success' : 'badge-warning'}`}>{e.published ? 'veröffentlicht' : 'Entwurf'}</span>
              </td>
              <td className={styles.num}>
                {formatNumber(e.counts.confirmed)}
                {e.capacity !== null && <span className="muted"> von {formatNumber(e.capacity)}</span>}
              </td>
              <td className={styles.num}>{formatNumber(e.counts.waitlisted)}</td>
              <td className={styles.num}>{formatNumber(e.counts.checkedIn)}</td>
              <td>
                <div className={styles.actions}>
                  <Link href={`/dashboard/events/${e.slug}/edit`}>Bearbeiten<span className="visually-hidden">: {e.title}</span></Link>
                  <Link href={`/dashboard/events/${e.slug}/edit/duplicate`}>Duplizieren<span className="visually-hidden">: {e.title}</span></Link>
                  <Link href={`/dashboard/events/${e.slug}`}>Teilnehmende<span className="visually-hidden">: {e.title}</span></Link>
                  <Link href={`/checkin/${e.slug}`}>Check-in<span className="visually-hidden">: {e.title}</span></Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
