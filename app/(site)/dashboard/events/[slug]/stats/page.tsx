import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategorySection, CheckInSection, RegistrationsSection, StatsSummary } from '@/components/stats/stats-sections';
import { requireOrganizer } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format';
import { getEventStats, getStatsEvent } from '@/lib/stats/queries';

export const metadata: Metadata = { title: 'Statistik' };
export const dynamic = 'force-dynamic';

export default async function EventStatsPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireOrganizer();
  const { slug } = await params;
  const event = await getStatsEvent(slug);
  if (!event) notFound();
  const now = new Date();
  const stats = await getEventStats(event, now);
  const ended = now >= event.endsAt;

  return (
    <div className="stack">
      <p>
        <Link href={`/dashboard/events/${event.slug}`}>← Zur Veranstaltung</Link>
      </p>
      <h1>Statistik: {event.title}</h1>
      <p className="muted">
        {formatDateTime(event.startsAt)}
        {ended ? ' · Veranstaltung beendet' : ''}
      </p>
      <StatsSummary stats={stats} />
      <RegistrationsSection stats={stats} />
      <CategorySection
        id="stats-sector"
        title="Nach Bereich"
        column="Bereich"
        counts={stats.bySector}
        total={stats.counts.confirmed}
      />
      <CategorySection
        id="stats-state"
        title="Nach Bundesland"
        column="Bundesland"
        counts={stats.byState}
        total={stats.counts.confirmed}
      />
      <CheckInSection stats={stats} />
    </div>
  );
}
