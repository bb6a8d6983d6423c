import { EmailAddress } from '@/components/ui/email-address';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { formatDateTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { listUsers } from '@/lib/users/queries';
import { UserControls } from './user-controls';

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

interface Texts {
  t: Dictionary['dashboard']['users'];
  roles: Dictionary['dashboard']['roles'];
  locale: Locale;
}

function columns(
  selfId: string,
  events: { id: string; title: string; date: string }[],
  { t, roles, locale }: Texts,
): DataTableColumn<UserRow>[] {
  return [
    // Addresses break only after "@" and dots (<wbr>), never mid-word.
    { key: 'email', header: t.colEmail, rowHeader: true, cell: (u) => <EmailAddress address={u.email ?? ''} /> },
    {
      key: 'role',
      header: t.colRole,
      cell: (u) =>
        u.bootstrapped ? (
          <>
            {roles[u.role]} <span className="muted">({t.bootstrapped})</span>
          </>
        ) : (
          roles[u.role]
        ),
    },
    {
      key: 'status',
      header: t.colStatus,
      cell: (u) =>
        u.disabledAt
          ? fill(t.disabledSince, { date: formatDateTime(u.disabledAt, locale) })
          : fill(t.active, { n: u._count.sessions }),
    },
    {
      key: 'lastSignIn',
      header: t.colLastSignIn,
      cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t.never),
    },
    {
      key: 'controls',
      header: t.colChange,
      cell: (u) => (
        <UserControls
          userId={u.id}
          email={u.email ?? ''}
          role={u.role}
          bootstrapped={u.bootstrapped}
          disabled={!!u.disabledAt}
          self={u.id === selfId}
          assignedEventIds={u.assignments.map((a) => a.eventId)}
          events={events}
          t={t}
          roles={roles}
        />
      ),
    },
  ];
}

/** Every dashboard account with role, state, last sign-in and its controls. */
export function UserTable({
  users,
  selfId,
  events,
  ...texts
}: { users: UserRow[]; selfId: string; events: { id: string; title: string; date: string }[] } & Texts) {
  return (
    <DataTable caption={texts.t.caption} columns={columns(selfId, events, texts)} rows={users} rowKey={(u) => u.id} />
  );
}
