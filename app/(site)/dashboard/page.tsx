import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LoadingState } from '@/components/dashboard/loading-state';
import { EventOverviewTable } from '@/components/event-editor/event-overview-table';
import { getEventSummaries } from '@/lib/attendees/queries';
import { requireOrganizer, requireUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Übersicht' };

async function EventSummaries() {
  const events = await getEventSummaries();
  if (events.length === 0)
    return <p className="alert alert-info">Es gibt noch keine Veranstaltungen. Legen Sie die erste an.</p>;
  return <EventOverviewTable events={events} />;
}

// The loading state is a Suspense boundary here, not app/dashboard/loading.tsx: a segment-wide loading.tsx
// would start streaming every dashboard page with 200, so unknown event slugs could no longer answer 404.
export default async function DashboardPage() {
  const user = await requireUser();
  if (user.role === 'staff') redirect('/dashboard/door');
  await requireOrganizer();
  return (
    <div className="stack">
      <h1>Übersicht</h1>
      <p className="muted">
        Alle Veranstaltungen mit ihren Anmeldungen. Die nächste Ausgabe beginnt meist als Kopie der letzten:
        „Duplizieren“.
      </p>
      <p>
        <Link href="/dashboard/events/new" className="btn">
          Neue Veranstaltung
        </Link>
      </p>
      <Suspense fallback={<LoadingState label="Veranstaltungen werden geladen …" />}>
        <EventSummaries />
      </Suspense>
    </div>
  );
}
