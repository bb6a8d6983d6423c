import { describe, expect, it } from 'vitest';
import { de } from './de';
import { getDictionary } from './dictionaries';
import { en } from './en';

type Tree = { [key: string]: unknown };

/** Every leaf under its dotted path; a leaf is anything that is not a plain object. */
function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      Object.assign(out, flatten(value as Tree, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = value;
  }
  return out;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const flatDe = flatten(de);
  const flatEn = flatten(en);

  it('have exactly the same keys in German and English', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatDe).sort());
  });

  it('include the namespaces kept in their own files', () => {
    for (const key of ['manage.title', 'mail.registration.subject.confirmation', 'validation.required']) {
      expect(typeof flatDe[key], key).toBe('string');
      expect(typeof flatEn[key], key).toBe('string');
    }
  });

  it('hold only non-empty strings, so any slice can be passed to a client component', () => {
    for (const [key, text] of [...Object.entries(flatDe), ...Object.entries(flatEn)]) {
      expect(typeof text, key).toBe('string');
      expect(String(text).trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(flatDe)) {
      expect(placeholders(flatEn[key]), key).toEqual(placeholders(flatDe[key]));
    }
  });

  it('are what getDictionary hands out', () => {
    expect(getDictionary('de')).toBe(de);
    expect(getDictionary('en')).toBe(en);
  });

  it('contain the wording the public pages promise', () => {
    expect(de.site.skipLink).toBe('Zum Inhalt springen');
    expect(de.form.submit).toBe('Verbindlich anmelden');
    expect(de.formErrors.resendDone).toBe(
      'Falls zu dieser Adresse eine Anmeldung besteht, haben wir die Bestätigung erneut gesendet.',
    );
  });
});
