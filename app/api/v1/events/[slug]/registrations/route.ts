// Public on purpose: anyone may register for an open event, as with the web form (CORS open).
import { after } from 'next/server';
import { jsonError, jsonResponse, preflightResponse, readJsonBody } from '@/lib/api/http';
import { isAppError } from '@/lib/errors';
import { sendRegistrationConfirmation } from '@/lib/mail/registration-mail';
import { validationMessage } from '@/lib/registrations/messages';
import { fieldErrorsOf, registrationSchema } from '@/lib/registrations/schema';
import { createRegistration } from '@/lib/registrations/service';

/** Largest accepted request body; a registration is well under 2 KB. */
const MAX_BODY_BYTES = 32 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return body.status === 400 ? jsonResponse({ errors: { _body: body.message } }, 400) : jsonError(body.status, body.message);
  }
  const parsed = registrationSchema.safeParse(body.value);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => [field, validationMessage(key, 'de')]),
    );
    return jsonResponse({ errors }, 400);
  }
  try {
    const created = await createRegistration(slug, parsed.data, { source: 'api', locale: 'de' });
    // After the response and the commit: a slow mail server must not delay or undo the registration.
    after(() => sendRegistrationConfirmation(created.id).catch((error) => console.error('[api] confirmation mail failed', error)));
    return jsonResponse({ id: created.id, status: created.status }, 201);
  } catch (error) {
    if (isAppError(error)) return jsonError(error.status, error.message, { code: error.code });
    throw error;
  }
}

export function OPTIONS() {
  return preflightResponse();
}
