import type { Metadata } from 'next';
import { DoorEventCards } from '@/components/checkin/door-event-cards';
import { PageMain } from '@/components/ui/page-main';
import { roleAtLeast } from '@/lib/auth/roles';
import { getDoorEventCards } from '@/lib/checkin/queries';
import { getI18n } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.door.title, manifest: '/checkin.webmanifest', robots: { index: false, follow: false } };
}

// The installed web app starts here (manifest start_url): pick the event at whose door this device is used.
export default async function CheckinIndexPage() {
  const { t, locale } = await getI18n();
  const { user, events } = await getDoorEventCards();
  const organizer = roleAtLeast(user.role, 'organizer');
  return (
    <PageMain>
      <div className="stack">
        <h1>{t.door.title}</h1>
        <p className="muted">{organizer ? t.door.landing.introOrganizer : t.door.landing.introStaff}</p>
        <DoorEventCards events={events} t={t.door} locale={locale} organizer={organizer} />
      </div>
    </PageMain>
  );
}
