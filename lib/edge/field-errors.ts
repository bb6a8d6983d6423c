// The one mapping from zod issues to field errors, shared by server actions, route handlers and the forms'
// client-side validation. Schemas name a message key instead of a text; the key becomes text in the reader's
// language only at the edge, so server and client can never disagree about which keys exist.
import type { Locale } from '@/lib/i18n/config';
import { validationMessage } from '@/lib/registrations/messages';

export const VALIDATION_KEYS = [
  'required',
  'tooLong',
  'email',
  'consent',
  'option',
  'number',
  'characters',
  'sameEmail',
  'groupTooLarge',
  'duplicateInGroup',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === 'string' && (VALIDATION_KEYS as readonly string[]).includes(value);
}

/**
 * The field an issue belongs to: the top-level name ("consents.privacy" → "consents"), answers keep their question.
 * The group form's people keep their place: "submitter.email", "members.2.email", "members.0.answers.<question>".
 */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  const [first, second, ...rest] = path;
  if (first === undefined) return '_form';
  if (first === 'submitter' && second !== undefined) return `submitter.${String(second)}`;
  if (first === 'members' && typeof second === 'number' && rest.length > 0)
    return `members.${second}.${fieldOfPath(rest)}`;
  return first === 'answers' && second !== undefined ? `answers.${String(second)}` : String(first);
}

/** `{ field: key }` for the first issue of each field; a message that is no key counts as `required`. */
export function fieldErrorKeys(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, ValidationKey> {
  const out: Record<string, ValidationKey> = {};
  for (const issue of issues)
    out[fieldOfPath(issue.path)] ??= isValidationKey(issue.message) ? issue.message : 'required';
  return out;
}

/** `{ field: text }` in the reader's language. */
export function fieldErrorMessages(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  locale: Locale,
): Record<string, string> {
  const keys = fieldErrorKeys(issues);
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, validationMessage(key, locale)]));
}

/** Client forms get keys from their resolver and finished text from the server: both end up as text. */
export function errorText(message: string | undefined, locale: Locale): string | undefined {
  if (!message) return undefined;
  return isValidationKey(message) ? validationMessage(message, locale) : message;
}
