'use server';

// Public on purpose: the 256-bit manage token in the URL is the credential, as in the confirmation mail.
import { hitRateLimit } from '@/lib/server/rate-limit';
import { z } from 'zod';
import { isAppError } from '@/lib/errors';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { toLocale, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import type { ActionResult } from './actions';
import { getRegistrationByManageToken } from './manage-queries';
import { cancelByToken, changeEmailByToken, updateRegistrationByToken } from './manage-service';
import { validationMessage } from './messages';
import { buildRegistrationUpdateSchema, fieldErrorsOf } from './schema';

const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(254, 'tooLong')
  .pipe(z.email({ error: 'email' }));

/** Expected failures as form messages; anything else bubbles to error.tsx. */
function failure(error: unknown, locale: Locale): ActionResult<never> {
  const t = getDictionary(locale).manage;
  if (isAppError(error, 'NOT_FOUND')) return { ok: false, formError: t.invalidLink };
  if (isAppError(error, 'ALREADY_REGISTERED')) return { ok: false, fieldErrors: { email: t.emailTaken } };
  if (isAppError(error, 'INVALID_INPUT')) return { ok: false, formError: t.isCancelled };
  throw error;
}

/** Saves corrected name, organisation and answers for the registration behind the manage token. */
export async function updateRegistrationAction(
  token: unknown,
  values: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ saved: true }>> {
  const locale = toLocale(localeInput);
  const registration = await getRegistrationByManageToken(String(token));
  if (!registration) return { ok: false, formError: getDictionary(locale).manage.invalidLink };
  const parsed = buildRegistrationUpdateSchema(registration.activeQuestions).safeParse(values);
  if (!parsed.success) {
    const keys = fieldErrorsOf(parsed.error);
    return {
      ok: false,
      fieldErrors: Object.fromEntries(Object.entries(keys).map(([f, k]) => [f, validationMessage(k, locale)])),
    };
  }
  try {
    await updateRegistrationByToken(String(token), parsed.data);
    return { ok: true, data: { saved: true } };
  } catch (error) {
    return failure(error, locale);
  }
}

/** Corrects the e-mail address; the confirmation goes to the new one through the outbox. */
export async function changeEmailAction(
  token: unknown,
  email: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ email: string; changed: boolean }>> {
  const locale = toLocale(localeInput);
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success)
    return { ok: false, fieldErrors: { email: validationMessage(parsed.error.issues[0]?.message ?? 'email', locale) } };
  // Each correction sends a mail to an address of the visitor's choice, so it is rate limited per link.
  const limit = await hitRateLimit(`email-change:${String(token).slice(0, 64)}`, 5, 3600);
  if (!limit.allowed) return { ok: false, formError: getDictionary(locale).manage.tooManyCorrections };
  try {
    const result = await changeEmailByToken(String(token), parsed.data);
    return { ok: true, data: { email: result.email, changed: result.changed } };
  } catch (error) {
    return failure(error, locale);
  }
}

/** Cancels the registration; the cancellation and any promotion mail go through the outbox. */
export async function cancelRegistrationAction(
  token: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ cancelled: boolean }>> {
  const locale = toLocale(localeInput);
  try {
    const { cancelled, reopenedSlug } = await cancelByToken(String(token));
    if (reopenedSlug) revalidateEventPage(reopenedSlug);
    return { ok: true, data: { cancelled } };
  } catch (error) {
    return failure(error, locale);
  }
}
