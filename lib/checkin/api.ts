import 'server-only';
import type { z } from 'zod';
import { requireApiCheckInAccess, type SessionUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { readJsonBody } from '@/lib/api/http';
import { getEventIdBySlug } from './queries';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** JSON with no-store: check-in data is personal and changes every second. */
export function checkinJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

function errorJson(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return checkinJson({ ...extra, error: message }, status);
}

export interface CheckinRequestContext {
  eventId: string;
  user: SessionUser;
}

/** Runs a check-in route: event by slug, session + check-in access, AppErrors as 4xx with a German message. */
export async function checkinRoute(
  params: Promise<{ slug: string }>,
  run: (ctx: CheckinRequestContext) => Promise<Response>,
): Promise<Response> {
  try {
    const { slug } = await params;
    if (typeof slug !== 'string' || slug.length > 200) return errorJson(404, 'Veranstaltung nicht gefunden.');
    const eventId = await getEventIdBySlug(slug);
    const user = await requireApiCheckInAccess(eventId);
    return await run({ eventId, user });
  } catch (error) {
    if (isAppError(error)) return errorJson(error.status, error.message, { code: error.code });
    throw error;
  }
}

/** Reads and validates a JSON body against a zod schema; a Response (4xx) when it does not fit. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
): Promise<z.infer<S> | Response> {
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return errorJson(body.status, body.message);
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_'] ??= issue.message;
    return errorJson(400, 'Die Angaben sind unvollständig oder ungültig.', { fieldErrors });
  }
  return parsed.data;
}
