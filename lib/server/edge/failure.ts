import type { Failure } from '@/lib/edge/result';
import { isValidationKey } from '@/lib/edge/field-errors';
import { AppError, type MessageRef } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { errorMessage, isErrorKey } from '@/lib/i18n/errors';
import { validationMessage } from '@/lib/registrations/messages';
import { databaseUnavailableError } from '@/lib/server/db-errors';

/** One field's message in the reader's language: validation and error keys are translated, text passes. */
function messageOf(ref: MessageRef, locale: Locale): string {
  if (typeof ref !== 'string') return errorMessage(ref.key, locale, ref.values);
  if (isValidationKey(ref)) return validationMessage(ref, locale);
  return isErrorKey(ref) ? errorMessage(ref, locale) : ref;
}

/** The error as the caller sees it: a database that is away or too slow becomes SERVICE_UNAVAILABLE (503). */
export function expectedError(error: unknown): unknown {
  return databaseUnavailableError(error) ?? error;
}

/**
 * The failure a caller is told about, in its language; null for anything that is not an AppError (a bug,
 * or a framework signal such as redirect()), which the pipeline rethrows.
 */
export function toFailure(thrown: unknown, locale: Locale): Failure | null {
  const error = expectedError(thrown);
  if (!(error instanceof AppError)) return null;
  const failure: Failure = { ok: false, code: error.code, formError: errorMessage(error.key, locale, error.values) };
  if (error.fieldErrors) {
    failure.fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, ref]) => [field, messageOf(ref, locale)]),
    );
    const { _form, ...fields } = failure.fieldErrors;
    failure.fieldErrors = fields;
    // Field errors speak for themselves; a form-level text would only repeat them or say "check your details".
    if (_form) failure.formError = _form;
    else if (Object.keys(fields).length > 0) delete failure.formError;
  }
  return failure;
}
