import type { Metadata } from 'next';
import { CheckinApp } from '@/components/checkin/checkin-app';
import styles from '@/components/checkin/checkin.module.css';
import { getCheckinEvent } from '@/lib/checkin/queries';
import { formatDateTime } from '@/lib/format';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Einlass',
  manifest: '/checkin.webmanifest',
  robots: { index: false, follow: false },
};

// The attendee list is not in the HTML: the service worker caches this page for offline use, the list lives in IndexedDB.
export default async function CheckinPage({ params }: { params: Promise<{ slug: string }> }) {
  const { event, user } = await getCheckinEvent((await params).slug);
  return (
    <main id="main" className="container">
      <h1 className={styles.title}>Einlass: {event.title}</h1>
      <p className="muted">{formatDateTime(event.startsAt)}</p>
      <CheckinApp slug={event.slug} eventId={event.id} supervisor={user.role !== 'staff'} />
    </main>
  );
}
