import type { Locale } from '@/lib/i18n/config';
import { validation as de } from '@/lib/i18n/de/validation';
import { validation as en } from '@/lib/i18n/en/validation';

// Only the validation namespace: client forms import this, and the whole dictionaries (mail texts and all) would
// travel to every browser with it.
const VALIDATION: Record<Locale, Record<string, string>> = { de, en };

/** The user-facing text for a validation key; unknown keys read as "required", the most general message. */
export function validationMessage(key: string, locale: Locale = 'de'): string {
  const messages = VALIDATION[locale];
  return messages[key] ?? messages.required ?? key;
}
