import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/config';
import { salutationLine } from './salutation';

const ANREDEN = ['Frau', 'Herr', 'Divers', null] as const;
const TITLES = [null, 'Dr.', 'Prof.', 'Prof. Dr.'] as const;

type Anrede = (typeof ANREDEN)[number];
type Title = (typeof TITLES)[number];

// Every Anrede × Titel × language, written out so that each expected line is read, not computed.
const EXPECTED: Record<Locale, Record<string, Record<string, string>>> = {
  de: {
    Frau: {
      none: 'Sehr geehrte Frau Großmann,',
      'Dr.': 'Sehr geehrte Frau Dr. Großmann,',
      'Prof.': 'Sehr geehrte Frau Prof. Großmann,',
      'Prof. Dr.': 'Sehr geehrte Frau Prof. Dr. Großmann,',
    },
    Herr: {
      none: 'Sehr geehrter Herr Großmann,',
      'Dr.': 'Sehr geehrter Herr Dr. Großmann,',
      'Prof.': 'Sehr geehrter Herr Prof. Großmann,',
      'Prof. Dr.': 'Sehr geehrter Herr Prof. Dr. Großmann,',
    },
    Divers: {
      none: 'Guten Tag Alex Großmann,',
      'Dr.': 'Guten Tag Dr. Alex Großmann,',
      'Prof.': 'Guten Tag Prof. Alex Großmann,',
      'Prof. Dr.': 'Guten Tag Prof. Dr. Alex Großmann,',
    },
    none: {
      none: 'Guten Tag Alex Großmann,',
      'Dr.': 'Guten Tag Dr. Alex Großmann,',
      'Prof.': 'Guten Tag Prof. Alex Großmann,',
      'Prof. Dr.': 'Guten Tag Prof. Dr. Alex Großmann,',
    },
  },
  en: {
    Frau: {
      none: 'Dear Ms Großmann,',
      'Dr.': 'Dear Dr Großmann,',
      'Prof.': 'Dear Professor Großmann,',
      'Prof. Dr.': 'Dear Professor Großmann,',
    },
    Herr: {
      none: 'Dear Mr Großmann,',
      'Dr.': 'Dear Dr Großmann,',
      'Prof.': 'Dear Professor Großmann,',
      'Prof. Dr.': 'Dear Professor Großmann,',
    },
    Divers: {
      none: 'Dear Alex Großmann,',
      'Dr.': 'Dear Dr Großmann,',
      'Prof.': 'Dear Professor Großmann,',
      'Prof. Dr.': 'Dear Professor Großmann,',
    },
    none: {
      none: 'Dear Alex Großmann,',
      'Dr.': 'Dear Dr Großmann,',
      'Prof.': 'Dear Professor Großmann,',
      'Prof. Dr.': 'Dear Professor Großmann,',
    },
  },
};

const cases = (['de', 'en'] as const).flatMap((lang) =>
  ANREDEN.flatMap((anrede: Anrede) =>
    TITLES.map((title: Title) => ({
      lang,
      anrede,
      title,
      // A missing row fails its case instead of silently passing.
      expected: EXPECTED[lang][anrede ?? 'none']?.[title ?? 'none'] ?? 'MISSING ROW',
    })),
  ),
);

describe('salutationLine', () => {
  it.each(cases)('$lang, Anrede $anrede, Titel $title → "$expected"', ({ lang, anrede, title, expected }) => {
    expect(salutationLine(lang, { salutation: anrede, title, firstName: 'Alex', lastName: 'Großmann' })).toBe(expected);
  });

  it('covers all 32 combinations', () => {
    expect(new Set(cases.map((c) => `${c.lang}|${c.anrede}|${c.title}`)).size).toBe(32);
  });

  it('keeps double surnames and tidies stray whitespace in title and names', () => {
    const person = { salutation: 'Herr', title: '  Dr.  ', firstName: 'Jürgen ', lastName: ' Müller-Lüdenscheidt' };
    expect(salutationLine('de', person)).toBe('Sehr geehrter Herr Dr. Müller-Lüdenscheidt,');
    expect(salutationLine('en', person)).toBe('Dear Dr Müller-Lüdenscheidt,');
  });

  it('treats an empty title like none', () => {
    expect(salutationLine('de', { salutation: 'Frau', title: '', firstName: 'A', lastName: 'B' })).toBe(
      'Sehr geehrte Frau B,',
    );
  });

  it('reads engineering and medical doctorates as "Dr" in English and keeps them as written in German', () => {
    for (const title of ['Dr.-Ing.', 'Dr. med.', 'dr.']) {
      expect(salutationLine('en', { salutation: 'Frau', title, firstName: 'A', lastName: 'Smith' })).toBe(
        'Dear Dr Smith,',
      );
    }
    expect(salutationLine('de', { salutation: 'Herr', title: 'Dr.-Ing.', firstName: 'A', lastName: 'B' })).toBe(
      'Sehr geehrter Herr Dr.-Ing. B,',
    );
  });

  it('leaves non-academic titles out of English and uses the Anrede instead', () => {
    expect(salutationLine('en', { salutation: 'Herr', title: 'Dipl.-Ing.', firstName: 'A', lastName: 'Smith' })).toBe(
      'Dear Mr Smith,',
    );
    expect(salutationLine('en', { salutation: null, title: 'Dipl.-Ing.', firstName: 'A', lastName: 'Smith' })).toBe(
      'Dear A Smith,',
    );
  });

  it('does not mistake a name-like title part for a doctorate', () => {
    expect(salutationLine('en', { salutation: 'Frau', title: 'Drs.', firstName: 'A', lastName: 'Smith' })).toBe(
      'Dear Ms Smith,',
    );
  });
});
