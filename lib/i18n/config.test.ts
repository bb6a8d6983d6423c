import { describe, expect, it } from 'vitest';
import { contentLang, fill, isLocale, toLocale } from './config';

describe('locale helpers', () => {
  it('accepts only supported locales', () => {
    expect(isLocale('de')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('falls back to German', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('EN')).toBe('de');
    expect(toLocale(undefined)).toBe('de');
  });
});

describe('fill', () => {
  it('replaces placeholders, also repeated ones', () => {
    expect(fill('noch {n} von {capacity} Plätzen, {n}!', { n: 3, capacity: 250 })).toBe('noch 3 von 250 Plätzen, 3!');
  });

  it('leaves unknown placeholders visible', () => {
    expect(fill('Hallo {name}', {})).toBe('Hallo {name}');
  });
});

describe('contentLang', () => {
  it('marks German content only on non-German pages', () => {
    expect(contentLang('de')).toBeUndefined();
    expect(contentLang('en')).toBe('de');
  });
});
