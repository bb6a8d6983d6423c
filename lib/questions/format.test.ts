import { describe, expect, it } from 'vitest';
import { formatAnswer } from './format';

const checkbox = { type: 'checkbox' as const, options: [] };
const choice = { type: 'singleChoice' as const, options: [{ value: 'veg', de: 'Vegetarisch', en: 'Vegetarian' }] };

describe('formatAnswer', () => {
  it('writes a ticked or unticked box as yes/no in the requested language, German by default', () => {
    expect(formatAnswer(checkbox, true)).toBe('ja');
    expect(formatAnswer(checkbox, false)).toBe('nein');
    expect(formatAnswer(checkbox, true, 'en')).toBe('yes');
    expect(formatAnswer(checkbox, false, 'en')).toBe('no');
  });

  it('keeps a checkbox value that is not a boolean as it was stored', () => {
    expect(formatAnswer(checkbox, 'on')).toBe('on');
  });

  it('labels choices in the language, and leaves an empty answer empty', () => {
    expect(formatAnswer(choice, 'veg', 'en')).toBe('Vegetarian');
    expect(formatAnswer(choice, 'veg')).toBe('Vegetarisch');
    expect(formatAnswer(checkbox, undefined)).toBe('');
  });
});
