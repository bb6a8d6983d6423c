import Link from 'next/link';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { formatNumber, formatShortDate, formatTimeRange } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { SessionFill } from '@/lib/sessions/list-sql';

type Texts = Dictionary['sessionLists']['overview'];

/** "12.03.2027, 10:00–11:30": a session's day and time, as the lists name it. */
export function sessionTime(s: Pick<SessionFill, 'startsAt' | 'endsAt'>, locale: Locale): string {
  return `${formatShortDate(s.startsAt, locale)}, ${formatTimeRange(s.startsAt, s.endsAt, locale)}`;
}

/** Whether a session with a limit has no place left. */
export const sessionFull = (s: Pick<SessionFill, 'capacity' | 'booked'>) =>
  s.capacity !== null && s.booked >= s.capacity;

/** The event's bookable sessions with booked / places / waiting / checked in; each links to its list. */
export function SessionOverviewTable(props: {
  slug: string;
  sessions: SessionFill[];
  caption: ReactNode;
  t: Texts;
  locale: Locale;
}) {
  const { slug, sessions, caption, t, locale } = props;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <DataTable
      caption={caption}
      rows={sessions}
      rowKey={(s) => s.id}
      columns={[
        {
          key: 'title',
          header: t.colSession,
          rowHeader: true,
          cell: (s) => (
            <>
              <Link href={`/dashboard/events/${slug}/sessions/${s.id}`} lang="de">
                {s.title}
              </Link>
              {sessionFull(s) && (
                <>
                  {' '}
                  <span className="badge badge-warning">{t.full}</span>
                </>
              )}
            </>
          ),
        },
        { key: 'time', header: t.colTime, cell: (s) => sessionTime(s, locale) },
        { key: 'room', header: t.colRoom, cell: (s) => (s.room ? <span lang="de">{s.room}</span> : t.noRoom) },
        { key: 'booked', header: t.colBooked, numeric: true, cell: (s) => n(s.booked) },
        {
          key: 'places',
          header: t.colPlaces,
          numeric: true,
          cell: (s) => (s.capacity === null ? t.unlimited : n(s.capacity)),
        },
        { key: 'waiting', header: t.colWaiting, numeric: true, cell: (s) => n(s.waiting) },
        { key: 'checkedIn', header: t.colCheckedIn, numeric: true, cell: (s) => n(s.checkedIn) },
      ]}
    />
  );
}
