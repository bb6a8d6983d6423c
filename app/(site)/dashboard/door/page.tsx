import type { Metadata } from 'next';
import { DoorEventCards } from '@/components/checkin/door-event-cards';
import { roleAtLeast } from '@/lib/auth/roles';
import { getDoorEventCards } from '@/lib/checkin/queries';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.door.title };
}

// The landing page for door staff in the dashboard; the same cards as /checkin, where the installed app starts.
export default async function DoorPage() {
  const { t, locale } = await getI18n();
  const { user, events } = await getDoorEventCards();
  const organizer = roleAtLeast(user.role, 'organizer');
  return (
    <div className="stack">
      <h1>{t.door.title}</h1>
      <p className="muted">{organizer ? t.door.landing.introOrganizer : t.door.landing.introStaff}</p>
      <DoorEventCards events={events} t={t.door} locale={locale} organizer={organizer} />
    </div>
  );
}
