import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';

/** The user-facing text for a validation key; unknown keys read as "required", the most general message. */
export function validationMessage(key: string, locale: Locale = 'de'): string {
  const messages: Record<string, string> = getDictionary(locale).validation;
  return messages[key] ?? messages.required ?? key;
}
