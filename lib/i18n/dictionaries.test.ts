import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[`${prefix}${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const flatDe = flatten(de);
  const flatEn = flatten(en);

  it('have the same keys in German and English', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatDe).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(flatDe), ...Object.entries(flatEn)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(flatDe)) {
      expect(placeholders(flatEn[key] ?? ''), key).toEqual(placeholders(flatDe[key] ?? ''));
    }
  });

  it('contain the wording the public pages promise', () => {
    expect(de.site.skipLink).toBe('Zum Inhalt springen');
    expect(de.form.submit).toBe('Verbindlich anmelden');
    expect(de.formErrors.resendDone).toBe(
      'Falls zu dieser Adresse eine Anmeldung besteht, haben wir die Bestätigung erneut gesendet.',
    );
  });
});
