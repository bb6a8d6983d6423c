import type { Dictionary } from '@/lib/i18n/dictionaries';
import { sessionAdmin } from '@/lib/i18n/de/session-admin';

type ValidationText = Dictionary['sessionAdmin']['validation'];

/**
 * A message of the attendance and session schemas in the editor's language. The schemas report the German text
 * (the same on server and client); any other message passes unchanged.
 */
export function localizeSessionAdminMessage(message: string | undefined, text: ValidationText): string | undefined {
  const german = sessionAdmin.validation;
  const key = (Object.keys(german) as (keyof ValidationText)[]).find((k) => german[k] === message);
  return key ? text[key] : message;
}
