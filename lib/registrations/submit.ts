import 'server-only';
import { verifyApiKey } from '@/lib/api-keys/service';
import { AppError, inputError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import type { Locale } from '@/lib/i18n/config';
import { rateLimitSubject } from '@/lib/server/client-ip';
import { forgetOldFormTokensNowAndThen, formTokenMac, HONEYPOT_FIELD } from './anti-bot';
import { checkRegistrationAbuse, refusalError } from './guards';
import type { RegistrationTarget } from './queries';
import { buildRegistrationSchema } from './schema';
import { type CreatedRegistration, createRegistration } from './service';

export interface RegistrationClient {
  source: 'form' | 'api';
  ip: string;
  locale: Locale;
  /** The API's `Authorization` header: a server-to-server client with its own key and limit. */
  authorization?: string | null;
}

/**
 * The checks every public submission (one person or a group) passes first: the API key (if any), then the
 * anti-abuse checks in the order that writes least for bots (honeypot, form token, per-IP or per-key limit).
 * Returns the browser's form token, which the seat statement itself uses up (a replay writes nothing).
 */
export async function checkSubmission(
  raw: Record<string, unknown>,
  client: RegistrationClient,
): Promise<{ formToken: string | undefined }> {
  const apiKey = client.authorization ? await verifyApiKey(client.authorization.replace(/^Bearer\s+/i, '')) : null;
  if (client.authorization && !apiKey) throw new AppError('UNAUTHORIZED', 'apiKeyInvalid');
  const refusal = await checkRegistrationAbuse({
    honeypot: raw[HONEYPOT_FIELD],
    // A server with a key has no render moment; browsers (form, or a form on another site) do.
    checkFillTime: !apiKey,
    formToken: raw.formToken,
    rateLimitKey: apiKey ? `apikey:${apiKey.id}` : `register:${rateLimitSubject(client.ip)}`,
    rateLimit: apiKey ? { limit: apiKey.rateLimit, windowSeconds: apiKey.windowSeconds } : undefined,
  });
  if (refusal) throw refusalError(refusal);
  const formToken = apiKey ? undefined : formTokenMac(String(raw.formToken));
  if (formToken) forgetOldFormTokensNowAndThen();
  return { formToken };
}

/** An optional token field of a body: absent or empty means none. */
function optionalToken(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/**
 * One registration from the web form or the API, with one order of checks: the API key (if any), then the
 * anti-abuse checks in the order that writes least for bots (honeypot, form token, per-IP or per-key limit),
 * then the form's schema, then the form token is used up, then the registration window and the seat. An
 * `invitationToken` in the body registers the invitee (lib/registrations/service.ts).
 */
export async function submitRegistration(
  target: RegistrationTarget,
  raw: Record<string, unknown>,
  client: RegistrationClient,
): Promise<CreatedRegistration> {
  const { formToken } = await checkSubmission(raw, client);
  const parsed = buildRegistrationSchema(target.questions).safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues);
  const created = await createRegistration(target.event, parsed.data, {
    locale: client.locale,
    source: client.source,
    formTokenMac: formToken,
    invitationToken: optionalToken(raw.invitationToken),
  });
  // Only the registration that fills the event re-renders the cached page; the others wait for its timer.
  if (created.filledLastSeat || created.filledSession) revalidateEventPage(target.event.slug);
  return created;
}
