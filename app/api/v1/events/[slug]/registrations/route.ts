// Public on purpose: anyone may register for an open event, as with the web form (CORS open).
import { mailAfterCommit } from '@/lib/mail/after-commit';
import { jsonError, jsonResponse, preflightResponse, readJsonBody } from '@/lib/api/http';
import { isAppError } from '@/lib/errors';
import { sendNewsletterConfirmation } from '@/lib/mail/newsletter-mail';
import { sendRegistrationConfirmation } from '@/lib/mail/registration-mail';
import { getEventQuestionsBySlug } from '@/lib/questions/queries';
import { HONEYPOT_FIELD } from '@/lib/registrations/anti-bot';
import { abuseMessage, checkRegistrationAbuse } from '@/lib/registrations/guards';
import { validationMessage } from '@/lib/registrations/messages';
import { buildRegistrationSchema, fieldErrorsOf } from '@/lib/registrations/schema';
import { createRegistration } from '@/lib/registrations/service';
import { clientIpFromHeaders } from '@/lib/server/client-ip';

/** Largest accepted request body; a registration is well under 2 KB. */
const MAX_BODY_BYTES = 32 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.status === 400 ? jsonResponse({ errors: { _body: body.message } }, 400) : jsonError(body.status, body.message);
  }
  // Same honeypot and per-IP limit as the form (one shared budget per address). The minimum fill time
  // applies to the form only: an API client has no render moment to measure from.
  const refusal = await checkRegistrationAbuse({
    honeypot: body.value[HONEYPOT_FIELD], checkFillTime: false, rateLimitKey: `register:${clientIpFromHeaders(request.headers)}`,
  });
  if (refusal?.reason === 'rateLimited') {
    return jsonResponse({ error: abuseMessage(refusal, 'de') }, 429, {
      'Retry-After': String(refusal.retryAfterSeconds),
      // Not a CORS-safelisted header: browsers hide it from scripts unless exposed.
      'Access-Control-Expose-Headers': 'Retry-After',
    });
  }
  if (refusal) return jsonError(400, abuseMessage(refusal, 'de'));

  const questions = await getEventQuestionsBySlug(slug);
  const parsed = buildRegistrationSchema(questions).safeParse(body.value);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => [field, validationMessage(key, 'de')]),
    );
    return jsonResponse({ errors }, 400);
  }
  try {
    const created = await createRegistration(slug, parsed.data, { source: 'api', locale: 'de' });
    mailAfterCommit('confirmation', created.id, sendRegistrationConfirmation);
    if (created.newsletterToken) mailAfterCommit('newsletter', created.id, sendNewsletterConfirmation);
    return jsonResponse({ id: created.id, status: created.status }, 201);
  } catch (error) {
    if (isAppError(error)) return jsonError(error.status, error.message, { code: error.code });
    throw error;
  }
}

export function OPTIONS() {
  return preflightResponse();
}
