import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { FOLD_ACCENTS_FROM, FOLD_ACCENTS_TO, FOLD_DIGRAPHS, foldSearchText } from './fold';

const SAMPLES = [
  'Müller',
  'MÜLLER',
  'Mueller',
  'Weiß',
  'WEISS',
  'Straße',
  'Øresund',
  'José Álvarez',
  'Łódź',
  'Çelik',
  'Dvořák',
  'Ægir Œuvre',
  'François-Noël',
  'Ğül',
  'İstanbul',
  '100%_Digital',
  'a\\b',
  '',
  'Stadtverwaltung Leipzig',
  FOLD_ACCENTS_FROM,
  FOLD_ACCENTS_FROM.toUpperCase(),
  FOLD_DIGRAPHS.map(([c]) => c + c.toUpperCase()).join(' '),
];

describe('foldSearchText', () => {
  it('folds umlauts, ß, accents and case the German way', () => {
    expect(foldSearchText('Müller')).toBe('mueller');
    expect(foldSearchText('MUELLER')).toBe('mueller');
    expect(foldSearchText('Weiß')).toBe('weiss');
    expect(foldSearchText('José Álvarez')).toBe('jose alvarez');
    expect(foldSearchText('Łódź')).toBe('lodz');
  });

  it('maps every accented letter to one base letter', () => {
    expect([...FOLD_ACCENTS_FROM]).toHaveLength([...FOLD_ACCENTS_TO].length);
  });

  it.each(SAMPLES)('agrees with SQL tb_search_fold() for %j', async (sample) => {
    const [row] = await db.$queryRaw<{ folded: string }[]>`SELECT tb_search_fold(${sample}) AS folded`;
    expect(row?.folded).toBe(foldSearchText(sample));
  });
});
