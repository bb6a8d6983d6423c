import 'server-only';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/server/env';
import { hitRateLimit } from '@/lib/server/rate-limit';
import { checkFormToken, honeypotTriggered } from './anti-bot';

export type AbuseRefusal =
  | { reason: 'honeypot' | 'tooFast' | 'invalid' | 'expired' }
  | { reason: 'rateLimited'; retryAfterSeconds: number };

export interface AbuseCheckInput {
  /** Value of the honeypot field (HONEYPOT_FIELD). */
  honeypot: unknown;
  /** Checks the render-time token: true for the form; an API client has no render moment. */
  checkFillTime: boolean;
  formToken?: unknown;
  /** Rate-limit bucket, e.g. `register:<ip>` or `apikey:<id>`. */
  rateLimitKey: string;
  /** An API key's own limit; the per-IP REGISTRATION_RATE_LIMIT otherwise. */
  rateLimit?: { limit: number; windowSeconds: number };
}

/**
 * Runs the anti-abuse checks in the order that writes least for bots: honeypot, then the form token,
 * then the per-IP rate limit (only requests that look human use up a slot). Null means: go ahead.
 */
export async function checkRegistrationAbuse(input: AbuseCheckInput): Promise<AbuseRefusal | null> {
  if (honeypotTriggered(input.honeypot)) return { reason: 'honeypot' };
  if (input.checkFillTime) {
    const token = checkFormToken(input.formToken);
    if (token !== 'ok') return { reason: token };
  }
  const { limit, windowSeconds } = input.rateLimit ?? env.REGISTRATION_RATE_LIMIT;
  const hit = await hitRateLimit(input.rateLimitKey, limit, windowSeconds);
  return hit.allowed ? null : { reason: 'rateLimited', retryAfterSeconds: hit.retryAfterSeconds };
}

/** The AppError of a refusal: neutral for bots (nothing tells them which check caught them), 429 with the wait. */
export function refusalError(refusal: AbuseRefusal): AppError {
  if (refusal.reason === 'rateLimited') {
    const minutes = Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60));
    return Object.assign(new AppError('RATE_LIMITED', 'rateLimited', { minutes }), {
      retryAfterSeconds: refusal.retryAfterSeconds,
    });
  }
  return new AppError('BOT_SUSPECTED', refusal.reason === 'expired' ? 'formExpired' : 'rejected');
}
