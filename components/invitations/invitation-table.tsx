import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { DataTable } from '@/components/ui/data-table';
import type { BadgeTone } from '@/components/events/registration-status';
import { formatClockTime, formatDayMonthYear } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { InvitationRow } from '@/lib/invitations/queries';

const TONES: Record<InvitationRow['status'], BadgeTone> = {
  invited: 'neutral',
  opened: 'warning',
  registered: 'success',
  declined: 'danger',
};

// "3. Dezember 2026, 16:12 Uhr": the list's times without the weekday, so the column stays narrow.
const when = (date: Date, locale: Locale) => `${formatDayMonthYear(date, locale)}, ${formatClockTime(date, locale)}`;

function answer(row: InvitationRow, t: Dictionary['invitations']['dashboard'], locale: Locale): ReactNode {
  if (row.registeredAt) return fill(t.registeredAt, { date: when(row.registeredAt, locale) });
  if (row.declinedAt)
    return (
      <>
        {fill(t.declinedAt, { date: when(row.declinedAt, locale) })}
        {row.declineNote ? (
          <>
            <br />
            <span className="muted">{fill(t.declineNote, { note: row.declineNote })}</span>
          </>
        ) : null}
      </>
    );
  if (row.openedAt) return fill(t.openedAt, { date: when(row.openedAt, locale) });
  return '–';
}

/** One page of an event's invitations: who, status with its times, reminders. */
export function InvitationTable({
  rows,
  caption,
  t,
  statuses,
  locale,
}: {
  rows: InvitationRow[];
  caption: ReactNode;
  t: Dictionary['invitations']['dashboard'];
  statuses: Dictionary['invitations']['statuses'];
  locale: Locale;
}) {
  const c = t.columns;
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'name',
          header: c.name,
          rowHeader: true,
          cell: (r) => [r.title, r.firstName, r.lastName].filter(Boolean).join(' '),
        },
        { key: 'email', header: c.email, wrap: 'anywhere', cell: (r) => r.email },
        { key: 'organization', header: c.organization, cell: (r) => r.organization ?? '' },
        {
          key: 'status',
          header: c.status,
          cell: (r) => <StatusBadge label={statuses[r.status]} tone={TONES[r.status]} />,
        },
        { key: 'invitedAt', header: c.invitedAt, wrap: 'nowrap', cell: (r) => formatDayMonthYear(r.invitedAt, locale) },
        { key: 'answer', header: c.answer, cell: (r) => answer(r, t, locale) },
        {
          key: 'reminders',
          header: c.reminders,
          cell: (r) =>
            r.lastRemindedAt
              ? fill(t.reminded, { n: r.reminderCount, date: formatDayMonthYear(r.lastRemindedAt, locale) })
              : t.notReminded,
        },
      ]}
    />
  );
}
