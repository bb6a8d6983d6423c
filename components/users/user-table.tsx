import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { EmailAddress } from '@/components/ui/email-address';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import type { listUsers } from '@/lib/users/queries';
import { UserControls } from './user-controls';

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

function columns(selfId: string, events: { id: string; label: string }[]): DataTableColumn<UserRow>[] {
  return [
    { key: 'email', header: 'E-Mail', rowHeader: true, cell: (u) => <EmailAddress address={u.email ?? ''} /> },
    { key: 'role', header: 'Rolle', cell: (u) => ROLE_LABELS[u.role] },
    {
      key: 'status',
      header: 'Status',
      cell: (u) =>
        u.disabledAt ? `gesperrt seit ${formatDateTime(u.disabledAt)}` : `aktiv, ${u._count.sessions} Sitzung(en)`,
    },
    {
      key: 'lastSignIn',
      header: 'Letzte Anmeldung',
      cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'noch nie'),
    },
    {
      key: 'controls',
      header: 'Ändern',
      cell: (u) => (
        <UserControls
          userId={u.id}
          email={u.email ?? ''}
          role={u.role}
          disabled={!!u.disabledAt}
          self={u.id === selfId}
          assignedEventIds={u.assignments.map((a) => a.eventId)}
          events={events}
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
}: {
  users: UserRow[];
  selfId: string;
  events: { id: string; label: string }[];
}) {
  return (
    <DataTable
      caption="Zugänge mit Rolle, Status und letzter Anmeldung"
      columns={columns(selfId, events)}
      rows={users}
      rowKey={(u) => u.id}
    />
  );
}
