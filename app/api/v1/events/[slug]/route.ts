// Public on purpose: one published event with its programme, for other websites (CORS open).
import { toEventDetailJson } from '@/lib/api/event-json';
import { getEventBySlug } from '@/lib/events/queries';
import { getEventQuestions } from '@/lib/questions/queries';
import { preflightResponse } from '@/lib/server/edge/http';
import { defineRoute } from '@/lib/server/edge/route';

export const GET = defineRoute({
  access: 'public',
  cors: true,
  event: (slug) => getEventBySlug(slug),
  run: async ({ event, locale }) =>
    toEventDetailJson({ ...event, questions: await getEventQuestions(event.id) }, locale),
});

export function OPTIONS() {
  return preflightResponse();
}
