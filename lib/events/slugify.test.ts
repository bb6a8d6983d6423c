import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './editor-schema';
import { slugify } from './slugify';

describe('slugify', () => {
  it('transliterates German umlauts and ß', () => {
    expect(slugify('Größe Übung Äpfel Öl ß')).toBe('groesse-uebung-aepfel-oel-ss');
  });

  it('lower-cases and joins words with single hyphens', () => {
    expect(slugify('  17. Digitalisierungskonferenz – Mitteldeutschland 2026!  ')).toBe(
      '17-digitalisierungskonferenz-mitteldeutschland-2026',
    );
  });

  it('drops other accents', () => {
    expect(slugify('Café Résumé')).toBe('cafe-resume');
  });

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('–––')).toBe('');
  });

  it('cuts long titles to 80 characters without a trailing hyphen, matching the slug pattern', () => {
    const slug = slugify(`${'wort '.repeat(30)}ende`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
