import type { Locale } from '@/lib/i18n/config';
import type { ValidationKey } from '@/lib/edge/field-errors';

const MESSAGES: Record<ValidationKey, Record<Locale, string>> = {
  required: { de: 'Bitte füllen Sie dieses Feld aus.', en: 'Please fill in this field.' },
  tooLong: { de: 'Diese Angabe ist zu lang.', en: 'This entry is too long.' },
  email: {
    de: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    en: 'Please enter a valid e-mail address, e.g. name@example.com.',
  },
  consent: {
    de: 'Bitte stimmen Sie der Verarbeitung Ihrer Daten zu, damit wir Ihre Anmeldung bearbeiten können.',
    en: 'Please agree to the processing of your data so that we can handle your registration.',
  },
  characters: { de: 'Bitte verwenden Sie nur druckbare Zeichen.', en: 'Please use printable characters only.' },
  number: {
    de: 'Bitte geben Sie eine ganze Zahl im erlaubten Bereich ein.',
    en: 'Please enter a whole number in the allowed range.',
  },
  option: {
    de: 'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
    en: 'Please choose one of the options offered.',
  },
};

/** The user-facing text for a validation key. */
export function validationMessage(key: string, locale: Locale = 'de'): string {
  return (MESSAGES as Record<string, Record<Locale, string>>)[key]?.[locale] ?? MESSAGES.required[locale];
}
