import { describe, expect, it } from 'vitest';
import { VALIDATION_KEYS } from '@/lib/edge/field-errors';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { validationMessage } from './messages';

describe('validationMessage', () => {
  it('reads the validation namespace of the dictionaries in the given language', () => {
    expect(validationMessage('email', 'de')).toBe(
      'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    );
    expect(validationMessage('email', 'en')).toBe(getDictionary('en').validation.email);
    expect(validationMessage('tooLong')).toBe(getDictionary('de').validation.tooLong);
  });

  it('falls back to the general "required" message for an unknown key', () => {
    expect(validationMessage('no-such-key', 'en')).toBe('Please fill in this field.');
  });

  it('has a text for every validation key, in both languages', () => {
    for (const key of VALIDATION_KEYS) {
      for (const locale of ['de', 'en'] as const) {
        expect(validationMessage(key, locale)).toBe(getDictionary(locale).validation[key]);
      }
    }
  });
});
