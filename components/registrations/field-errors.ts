import type { Locale } from '@/lib/format';
import { validationMessage } from '@/lib/registrations/messages';

/** Form fields in screen order; the first invalid one gets the focus. */
export const FIELD_ORDER = [
  'salutation',
  'title',
  'firstName',
  'lastName',
  'email',
  'organization',
  'position',
  'sector',
  'state',
  'consents.privacy',
] as const;

export type FormFieldPath = (typeof FIELD_ORDER)[number];

const KEYS = new Set(['required', 'tooLong', 'email', 'consent', 'option']);

/** Client-side errors carry a schema key, server-side ones finished text: both end up as text in the locale. */
export function errorText(message: string | undefined, locale: Locale): string | undefined {
  if (!message) return undefined;
  return KEYS.has(message) ? validationMessage(message, locale) : message;
}

/** Maps the server's `{field: message}` (top-level names) onto form paths, in screen order. */
export function serverFieldErrors(fieldErrors: Record<string, string>): { path: FormFieldPath; message: string }[] {
  const out: { path: FormFieldPath; message: string }[] = [];
  for (const path of FIELD_ORDER) {
    const message = fieldErrors[path.split('.')[0] ?? path];
    if (message) out.push({ path, message });
  }
  return out;
}
