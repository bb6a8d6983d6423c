import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { UserControls } from '@/components/users/user-controls';
import { requireAdmin } from '@/lib/auth/guards';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { formatDateTime, formatShortDate } from '@/lib/format';
import { listAssignableEvents, listUsers } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Benutzer' };

export default async function UsersPage() {
  const admin = await requireAdmin();
  const [users, events] = await Promise.all([listUsers(), listAssignableEvents()]);
  const eventOptions = events.map((e) => ({ id: e.id, label: `${e.title} (${formatShortDate(e.startsAt)})` }));
  return (
    <div className="stack">
      <h1>Benutzer</h1>
      <section className="stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Person einladen</h2>
        <p className="muted">
          Die Einladung schaltet die Adresse frei. Die Person meldet sich danach unter /signin mit einem Anmeldelink an.
          Einlasspersonal sieht nur den Einlass der zugeordneten Veranstaltungen.
        </p>
        <InviteUserForm />
      </section>
      <section className="stack" aria-labelledby="users-heading">
        <h2 id="users-heading">Zugänge</h2>
        {users.length === 0 ? (
          <p className="alert alert-info">Noch niemand ist eingeladen. Adressen aus ADMIN_EMAILS erscheinen nach ihrer ersten Anmeldung.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr><th scope="col">E-Mail</th><th scope="col">Rolle</th><th scope="col">Status</th><th scope="col">Letzte Anmeldung</th><th scope="col">Ändern</th></tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id}>
                    <td>{user.email}</td>
                    <td>{ROLE_LABELS[user.role]}</td>
                    <td>{user.disabledAt ? `gesperrt seit ${formatDateTime(user.disabledAt)}` : `aktiv, ${user._count.sessions} Sitzung(en)`}</td>
                    <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'noch nie'}</td>
                    <td>
                      <UserControls userId={user.id} email={user.email ?? ''} role={user.role} disabled={!!user.disabledAt} self={user.id === admin.id}
                        assignedEventIds={user.assignments.map((a) => a.eventId)} events={eventOptions} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
