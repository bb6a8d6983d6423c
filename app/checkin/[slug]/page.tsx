import type { Metadata } from 'next';
import { CheckinPanel } from '@/components/checkin/checkin-panel';
import styles from '@/components/checkin/checkin-panel.module.css';
import { requireUser } from '@/lib/auth/guards';
import { getCheckinCounts, getCheckinEvent } from '@/lib/checkin/queries';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Einlass' };

export default async function CheckinPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser();
  const { slug } = await params;
  const event = await getCheckinEvent(slug);
  const counts = await getCheckinCounts(slug);
  return (
    <main id="main" className="container">
      <h1 className={styles.title}>Einlass: {event.title}</h1>
      <p className="muted">{formatDateTime(event.startsAt)}</p>
      <CheckinPanel slug={event.slug} initialCounts={counts} />
    </main>
  );
}
