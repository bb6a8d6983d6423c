'use server';

import { after } from 'next/server';
import { z } from 'zod';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import type { Locale } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { sendRegistrationConfirmation } from '@/lib/mail/registration-mail';
import { validationMessage } from './messages';
import { findRegistrationIdByEmail } from './queries';
import { fieldErrorsOf, registrationSchema } from './schema';
import { createRegistration } from './service';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string; duplicate?: boolean };

const FORM_ERROR_CODES = ['ALREADY_REGISTERED', 'EVENT_FULL', 'REGISTRATION_CLOSED', 'NOT_FOUND'] as const satisfies AppErrorCode[];
type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/** Sends the confirmation once the response is out; a mail failure must not undo a stored registration. */
function scheduleConfirmation(registrationId: string) {
  after(async () => {
    try {
      await sendRegistrationConfirmation(registrationId);
    } catch (error) {
      console.error('[registration] confirmation mail failed', registrationId, error);
    }
  });
}

/** Registers the visitor for the event; on success the client goes to /tickets/<ticketCode>?neu=1. */
export async function registerAction(
  slug: string,
  values: unknown,
  localeInput: Locale = 'de',
): Promise<ActionResult<{ ticketCode: string }>> {
  // Public on purpose: anyone may register for a published event; the service enforces the registration window.
  const locale = toLocale(localeInput);
  const parsed = registrationSchema.safeParse(values);
  if (!parsed.success) {
    const keys = fieldErrorsOf(parsed.error);
    const fieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, validationMessage(key, locale)]));
    return { ok: false, fieldErrors };
  }
  try {
    const created = await createRegistration(String(slug), parsed.data, { locale, source: 'form' });
    scheduleConfirmation(created.id);
    return { ok: true, data: { ticketCode: created.ticketCode } };
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
  const id = await findRegistrationIdByEmail(String(slug), parsed.data);
  if (id) scheduleConfirmation(id);
  return { ok: true, data: { message: getDictionary(locale).formErrors.resendDone } };
}
