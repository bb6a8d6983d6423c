import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LoadingState } from '@/components/dashboard/loading-state';
import { EventOverviewTable } from '@/components/dashboard/event-overview-table';
import { getEventSummaries } from '@/lib/attendees/queries';
import { requireOrganizer, requireUser } from '@/lib/auth/guards';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.dashboard.home.title };
}

async function EventSummaries() {
  const [events, { t, locale }] = await Promise.all([getEventSummaries(), getI18n()]);
  if (events.length === 0) return <p className="alert alert-info">{t.dashboard.home.empty}</p>;
  return <EventOverviewTable events={events} t={t.dashboard.overview} approval={t.approval.overview} locale={locale} />;
}

// The loading state is a Suspense boundary here, not app/dashboard/loading.tsx: a segment-wide loading.tsx
// would start streaming every dashboard page with 200, so unknown event slugs could no longer answer 404.
export default async function DashboardPage() {
  const user = await requireUser();
  if (user.role === 'staff') redirect('/dashboard/door');
  await requireOrganizer();
  const { t } = await getI18n();
  const home = t.dashboard.home;
  return (
    <div className="stack">
      <h1>{home.title}</h1>
      <p className="muted">{home.intro}</p>
      <p>
        <Link href="/dashboard/events/new" className="btn">
          {home.newEvent}
        </Link>
      </p>
      <Suspense fallback={<LoadingState label={home.loading} />}>
        <EventSummaries />
      </Suspense>
    </div>
  );
}
