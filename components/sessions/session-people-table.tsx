import Link from 'next/link';
import type { ReactNode } from 'react';
import { attendeeName } from '@/components/dashboard/attendee-table';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { EmailAddress } from '@/components/ui/email-address';
import { formatShortDate, formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { SessionListEntry } from '@/lib/sessions/list-sql';
import { type MoveTarget, SessionMoveControl } from './session-move-control';

type Texts = Dictionary['sessionLists'];

const when = (at: Date, locale: Locale) => (
  <time dateTime={at.toISOString()}>
    {formatShortDate(at, locale)} {formatTime(at, locale)}
  </time>
);

/** The booked people or the waiting list of one session, numbered, each with the move/remove control. */
export function SessionPeopleTable(props: {
  slug: string;
  session: { id: string; title: string };
  entries: SessionListEntry[];
  kind: 'booked' | 'waiting';
  caption: ReactNode;
  empty: string;
  targets: MoveTarget[];
  t: Texts;
  locale: Locale;
}) {
  const { slug, session, entries, kind, caption, empty, targets, t, locale } = props;
  const l = t.list;
  const columns: DataTableColumn<SessionListEntry>[] = [
    { key: 'number', header: l.colNumber, numeric: true, cell: (_e, i) => i + 1 },
    {
      key: 'name',
      header: l.colName,
      rowHeader: true,
      cell: (e) => (
        <>
          <Link href={`/dashboard/events/${slug}/registrations/${e.registrationId}`} lang="de">
            {attendeeName(e)}
          </Link>
          {e.registrationStatus === 'waitlisted' && (
            <span className="badge badge-neutral"> {l.registrationWaiting}</span>
          )}
          {e.registrationStatus === 'pending' && <span className="badge badge-neutral"> {l.registrationPending}</span>}
        </>
      ),
    },
    {
      key: 'organization',
      header: l.colOrganization,
      cell: (e) => (e.organization ? <span lang="de">{e.organization}</span> : <span className="muted">–</span>),
    },
    {
      key: 'email',
      header: l.colEmail,
      wrap: 'anywhere',
      cell: (e) => (
        <a href={`mailto:${e.email}`}>
          <EmailAddress address={e.email} />
        </a>
      ),
    },
    kind === 'waiting'
      ? { key: 'requested', header: l.colRequested, wrap: 'nowrap', cell: (e) => when(e.requestedAt, locale) }
      : {
          key: 'checkedIn',
          header: l.colCheckedIn,
          wrap: 'nowrap',
          cell: (e) => (e.checkedInAt ? when(e.checkedInAt, locale) : <span className="muted">{l.notCheckedIn}</span>),
        },
    {
      key: 'actions',
      header: l.colActions,
      cell: (e) => (
        <SessionMoveControl
          slug={slug}
          sessionId={session.id}
          sessionTitle={session.title}
          registrationId={e.registrationId}
          name={attendeeName(e)}
          targets={targets}
          t={t.move}
        />
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(e) => e.registrationId}
      columns={columns}
      empty={<p className="alert alert-info">{empty}</p>}
    />
  );
}
