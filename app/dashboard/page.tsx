import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EventSummaryTable } from '@/components/dashboard/event-summary-table';
import { LoadingState } from '@/components/dashboard/loading-state';
import { getEventSummaries } from '@/lib/attendees/queries';
import { requireOrganizer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Übersicht' };

async function EventSummaries() {
  const events = await getEventSummaries();
  if (events.length === 0) return <p className="alert alert-info">Es gibt noch keine Veranstaltungen.</p>;
  return <EventSummaryTable events={events} />;
}

// The loading state is a Suspense boundary here, not app/dashboard/loading.tsx: a segment-wide loading.tsx
// would start streaming every dashboard page with 200, so unknown event slugs could no longer answer 404.
export default async function DashboardPage() {
  await requireOrganizer();
  return (
    <div className="stack">
      <h1>Übersicht</h1>
      <p className="muted">Alle Veranstaltungen mit ihren Anmeldungen. Wählen Sie eine Veranstaltung für die Teilnehmendenliste.</p>
      <Suspense fallback={<LoadingState label="Veranstaltungen werden geladen …" />}>
        <EventSummaries />
      </Suspense>
    </div>
  );
}
