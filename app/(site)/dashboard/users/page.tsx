import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { UserTable } from '@/components/users/user-table';
import { requireAdmin } from '@/lib/auth/guards';
import { formatShortDate } from '@/lib/format';
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
          <p className="alert alert-info">
            Noch niemand ist eingeladen. Adressen aus ADMIN_EMAILS erscheinen nach ihrer ersten Anmeldung.
          </p>
        ) : (
          <UserTable users={users} selfId={admin.id} events={eventOptions} />
        )}
      </section>
    </div>
  );
}
