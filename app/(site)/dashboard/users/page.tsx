import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { UserTable } from '@/components/users/user-table';
import { requireAdmin } from '@/lib/auth/guards';
import { formatShortDate } from '@/lib/format';
import { getI18n } from '@/lib/i18n/server';
import { listAssignableEvents, listUsers } from '@/lib/users/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.users.title };
}

export default async function UsersPage() {
  const admin = await requireAdmin();
  const [users, events, { t, locale }] = await Promise.all([listUsers(), listAssignableEvents(), getI18n()]);
  const eventOptions = events.map((e) => ({ id: e.id, title: e.title, date: formatShortDate(e.startsAt, locale) }));
  const u = t.dashboard.users;
  return (
    <div className="stack">
      <h1>{u.title}</h1>
      <section className="stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{u.inviteHeading}</h2>
        <p className="muted">{u.inviteIntro}</p>
        <InviteUserForm t={u} roles={t.dashboard.roles} locale={locale} />
      </section>
      <section className="stack" aria-labelledby="users-heading">
        <h2 id="users-heading">{u.accountsHeading}</h2>
        {users.length === 0 ? (
          <p className="alert alert-info">{u.empty}</p>
        ) : (
          <UserTable
            users={users}
            selfId={admin.id}
            events={eventOptions}
            t={u}
            roles={t.dashboard.roles}
            locale={locale}
          />
        )}
      </section>
    </div>
  );
}
