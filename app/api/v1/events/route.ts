// Public on purpose: the published event list, for other websites (CORS open).
import { getPublishedEventSummaries } from '@/lib/api/queries';
import { toEventSummaryJson } from '@/lib/api/event-json';
import { jsonResponse, preflightResponse } from '@/lib/api/http';

// Answers depend on the clock and the database, so never prerender them at build time.
export const dynamic = 'force-dynamic';

export async function GET() {
  const events = await getPublishedEventSummaries();
  return jsonResponse({ events: events.map(toEventSummaryJson) });
}

export function OPTIONS() {
  return preflightResponse();
}
