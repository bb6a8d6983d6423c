'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import type { Locale } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { getRegistrationTargetBySlug } from '@/lib/questions/queries';
import { clientIpFromHeaders, rateLimitSubject } from '@/lib/server/client-ip';
import { HONEYPOT_FIELD } from './anti-bot';
import { abuseMessage, checkRegistrationAbuse, refuseReplayedFormToken } from './guards';
import { validationMessage } from './messages';
import { findRegistrationIdByEmail } from './queries';
import { buildRegistrationSchema, fieldErrorsOf } from './schema';
import { resendRegistrationMail } from './mails';
import { createRegistration } from './service';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string; duplicate?: boolean };

const FORM_ERROR_CODES = [
  'ALREADY_REGISTERED',
  'EVENT_FULL',
  'REGISTRATION_CLOSED',
  'NOT_FOUND',
] as const satisfies AppErrorCode[];
type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

function asRecord(values: unknown): Record<string, unknown> {
  return typeof values === 'object' && values !== null && !Array.isArray(values)
    ? (values as Record<string, unknown>)
    : {};
}

/**
 * Registers the visitor for the event. Bots (honeypot, posted too fast, forged token) and clients over
 * the per-IP limit are refused before anything is parsed or written. On success the client goes to
 * /manage/<manageToken>?neu=1.
 */
export async function registerAction(
  slug: string,
  values: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ manageToken: string; status: 'confirmed' | 'waitlisted' }>> {
  // Public on purpose: anyone may register for a published event; anti-abuse checks come first instead.
  const locale = toLocale(localeInput);
  const record = asRecord(values);
  const ip = clientIpFromHeaders(await headers());
  const refusal = await checkRegistrationAbuse({
    honeypot: record[HONEYPOT_FIELD],
    checkFillTime: true,
    formToken: record.formToken,
    rateLimitKey: `register:${rateLimitSubject(ip)}`,
  });
  if (refusal) return { ok: false, formError: abuseMessage(refusal, locale) };

  const target = await getRegistrationTargetBySlug(String(slug));
  if (!target) return formErrorResult('NOT_FOUND', locale);
  const { event, questions } = target;
  const parsed = buildRegistrationSchema(questions).safeParse(record);
  if (!parsed.success) {
    const keys = fieldErrorsOf(parsed.error);
    const fieldErrors = Object.fromEntries(
      Object.entries(keys).map(([field, key]) => [field, validationMessage(key, locale)]),
    );
    return { ok: false, fieldErrors };
  }
  const replayed = await refuseReplayedFormToken(record.formToken);
  if (replayed) return { ok: false, formError: abuseMessage(replayed, locale) };
  try {
    const created = await createRegistration(String(slug), parsed.data, { locale, source: 'form', event });
    // Only the registration that fills the event re-renders the cached page; the others wait for its timer.
    if (created.filledLastSeat) revalidateEventPage(String(slug));
    return { ok: true, data: { manageToken: created.manageToken, status: created.status } };
  } catch (error) {
    const code = FORM_ERROR_CODES.find((c) => isAppError(error, c));
    if (!code) throw error;
    return formErrorResult(code, locale);
  }
}

function formErrorResult(code: FormErrorCode, locale: Locale): ActionResult<never> {
  const formError = getDictionary(locale).formErrors[code];
  return code === 'ALREADY_REGISTERED' ? { ok: false, formError, duplicate: true } : { ok: false, formError };
}

/** Re-sends the confirmation if (event, email) is registered; the answer is the same either way, so it reveals nothing. */
export async function resendConfirmationAction(
  slug: string,
  email: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ message: string }>> {
  // Public on purpose: the neutral answer and the mail going only to the registered address make it safe.
  const locale = toLocale(localeInput);
  const parsed = z.string().trim().max(254).pipe(z.email()).safeParse(email);
  if (!parsed.success) return { ok: false, formError: validationMessage('email', locale) };
  const ip = clientIpFromHeaders(await headers());
  // Rate limited too: otherwise the button could be used to flood a registered address with mail.
  const refusal = await checkRegistrationAbuse({
    honeypot: undefined,
    checkFillTime: false,
    rateLimitKey: `resend:${rateLimitSubject(ip)}`,
  });
  if (refusal) return { ok: false, formError: abuseMessage(refusal, locale) };
  const id = await findRegistrationIdByEmail(String(slug), parsed.data);
  if (id) await resendRegistrationMail(id);
  return { ok: true, data: { message: getDictionary(locale).formErrors.resendDone } };
}
