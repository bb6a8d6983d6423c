import type { Metadata } from 'next';
import { CheckinApp } from '@/components/checkin/checkin-app';
import styles from '@/components/checkin/checkin.module.css';
import { getCheckinEvent } from '@/lib/checkin/queries';
import { contentLang, fill } from '@/lib/i18n/config';
import { getI18n } from '@/lib/i18n/server';
import { formatDateTime, formatTimeRange } from '@/lib/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.door.title, manifest: '/checkin.webmanifest', robots: { index: false, follow: false } };
}

// The attendee list is not in the HTML: the service worker caches this page for offline use, the list lives in IndexedDB.
// The door's texts are, as a prop of the client app, so the cached page keeps its language offline.
export default async function CheckinPage({ params }: { params: Promise<{ slug: string }> }) {
  const { t, locale } = await getI18n();
  const { event, user } = await getCheckinEvent((await params).slug);
  const [before, after] = t.door.titleFor.split('{event}');
  const rooms = event.sessions.map((s) => ({
    id: s.id,
    title: (locale === 'en' && s.titleEn) || s.title,
    where: s.room
      ? fill(t.roomDoor.where, { time: formatTimeRange(s.startsAt, s.endsAt, locale), room: s.room })
      : formatTimeRange(s.startsAt, s.endsAt, locale),
  }));
  return (
    <main id="main" className="container">
      <h1 className={styles.title}>
        {before}
        <span lang={contentLang(locale)}>{event.title}</span>
        {after}
      </h1>
      <p className="muted">{formatDateTime(event.startsAt, locale)}</p>
      <CheckinApp
        slug={event.slug}
        eventId={event.id}
        supervisor={user.role !== 'staff'}
        t={t.door}
        room={t.roomDoor}
        rooms={rooms}
        locale={locale}
      />
    </main>
  );
}
