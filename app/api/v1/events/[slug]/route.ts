// Public on purpose: one published event with its programme, for other websites (CORS open).
import { toEventDetailJson } from '@/lib/api/event-json';
import { jsonError, jsonResponse, preflightResponse } from '@/lib/api/http';
import { getEventBySlug } from '@/lib/events/queries';
import { getEventQuestions } from '@/lib/questions/queries';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await getEventBySlug(slug);
  if (!event) return jsonError(404, 'Veranstaltung nicht gefunden.', { code: 'NOT_FOUND' });
  const questions = await getEventQuestions(event.id);
  return jsonResponse(toEventDetailJson({ ...event, questions }));
}

export function OPTIONS() {
  return preflightResponse();
}
