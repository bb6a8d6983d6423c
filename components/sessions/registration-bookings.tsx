import Link from 'next/link';
import { sessionTime } from '@/components/sessions/session-overview-table';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

export interface RegistrationBooking {
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  checkedInAt: Date | null;
  session: { id: string; title: string; startsAt: Date; endsAt: Date | null; room: string | null };
}

/**
 * The registration's attendance mode (on events that offer online attendance) and its booked and waitlisted
 * workshops, each linking to the session's list where the organizer can move the person.
 */
export function RegistrationBookings(props: {
  slug: string;
  mode: 'onsite' | 'online';
  showMode: boolean;
  bookings: RegistrationBooking[];
  t: Dictionary['sessionLists'];
  locale: Locale;
}) {
  const { slug, mode, showMode, bookings, t, locale } = props;
  const d = t.detail;
  return (
    <section aria-labelledby="workshops" className="stack">
      <h2 id="workshops">{d.heading}</h2>
      {showMode && (
        <dl className="facts">
          <div>
            <dt>{d.mode}</dt>
            <dd>{t.attendees[`mode.${mode}`]}</dd>
          </div>
        </dl>
      )}
      <DataTable
        caption={d.caption}
        rows={bookings}
        rowKey={(b) => b.session.id}
        empty={<p className="muted">{d.none}</p>}
        columns={[
          {
            key: 'session',
            header: d.colSession,
            rowHeader: true,
            cell: (b) => (
              <Link href={`/dashboard/events/${slug}/sessions/${b.session.id}`} lang="de">
                {b.session.title}
              </Link>
            ),
          },
          { key: 'time', header: d.colTime, cell: (b) => sessionTime(b.session, locale) },
          {
            key: 'status',
            header: d.colStatus,
            cell: (b) => (
              <span className={b.status === 'confirmed' ? 'badge badge-success' : 'badge badge-warning'}>
                {b.status === 'confirmed' ? d['status.confirmed'] : d['status.waitlisted']}
              </span>
            ),
          },
          {
            key: 'checkedIn',
            header: d.colCheckedIn,
            wrap: 'nowrap',
            cell: (b) =>
              b.checkedInAt ? formatDateTime(b.checkedInAt, locale) : <span className="muted">{d.no}</span>,
          },
        ]}
      />
    </section>
  );
}
