// Public on purpose: the published event list, for other websites (CORS open).
import { toEventSummaryJson } from '@/lib/api/event-json';
import { getPublishedEventSummaries } from '@/lib/api/queries';
import { preflightResponse } from '@/lib/server/edge/http';
import { defineRoute } from '@/lib/server/edge/route';

// Answers depend on the clock and the database, so never prerender them at build time.
export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  access: 'public',
  cors: true,
  run: async ({ locale }) => ({
    events: (await getPublishedEventSummaries()).map((event) => toEventSummaryJson(event, locale)),
  }),
});

export function OPTIONS() {
  return preflightResponse();
}
