// Public on purpose: anyone may register for an open event, as with the web form (CORS open).
import { verifyApiKey } from '@/lib/api-keys/service';
import { jsonError, jsonResponse, preflightResponse, readJsonBody } from '@/lib/api/http';
import { isAppError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { getRegistrationTargetBySlug } from '@/lib/questions/queries';
import { HONEYPOT_FIELD } from '@/lib/registrations/anti-bot';
import { abuseMessage, checkRegistrationAbuse, refuseReplayedFormToken } from '@/lib/registrations/guards';
import { validationMessage } from '@/lib/registrations/messages';
import { buildRegistrationSchema, fieldErrorsOf } from '@/lib/registrations/schema';
import { createRegistration } from '@/lib/registrations/service';
import { clientIpFromHeaders, rateLimitSubject } from '@/lib/server/client-ip';

/** Largest accepted request body; a registration is well under 2 KB. */
const MAX_BODY_BYTES = 32 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.status === 400
      ? jsonResponse({ errors: { _body: body.message } }, 400)
      : jsonError(body.status, body.message);
  }
  const target = await getRegistrationTargetBySlug(slug);
  // An unknown event is 404 whatever the body says.
  if (!target) return jsonError(404, 'Veranstaltung nicht gefunden.', { code: 'NOT_FOUND' });
  const { event, questions } = target;
  // With an API key (server-to-server): the key's own limit, no fill time. Without one, the same checks
  // as the form: a form token from GET …/form-token that is old enough and used once, and the per-IP limit.
  const authorization = request.headers.get('authorization');
  const apiKey = authorization ? await verifyApiKey(authorization.replace(/^Bearer\s+/i, '')) : null;
  if (authorization && !apiKey) return jsonError(401, 'Ungültiger oder widerrufener API-Schlüssel.');
  const refusal = await checkRegistrationAbuse({
    honeypot: body.value[HONEYPOT_FIELD],
    checkFillTime: !apiKey,
    formToken: body.value.formToken,
    rateLimitKey: apiKey ? `apikey:${apiKey.id}` : `register:${rateLimitSubject(clientIpFromHeaders(request.headers))}`,
    rateLimit: apiKey ? { limit: apiKey.rateLimit, windowSeconds: apiKey.windowSeconds } : undefined,
  });
  if (refusal?.reason === 'rateLimited') {
    return jsonResponse({ error: abuseMessage(refusal, 'de') }, 429, {
      'Retry-After': String(refusal.retryAfterSeconds),
      // Not a CORS-safelisted header: browsers hide it from scripts unless exposed.
      'Access-Control-Expose-Headers': 'Retry-After',
    });
  }
  if (refusal) return jsonError(400, abuseMessage(refusal, 'de'));

  const parsed = buildRegistrationSchema(questions).safeParse(body.value);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => [field, validationMessage(key, 'de')]),
    );
    return jsonResponse({ errors }, 400);
  }
  const replayed = apiKey ? null : await refuseReplayedFormToken(body.value.formToken);
  if (replayed) return jsonError(400, abuseMessage(replayed, 'de'));
  try {
    const created = await createRegistration(slug, parsed.data, { source: 'api', locale: 'de', event });
    if (created.filledLastSeat) revalidateEventPage(slug);
    return jsonResponse({ id: created.id, status: created.status }, 201);
  } catch (error) {
    if (isAppError(error)) return jsonError(error.status, error.message, { code: error.code });
    throw error;
  }
}

export function OPTIONS() {
  return preflightResponse();
}
