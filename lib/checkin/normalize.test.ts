import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeName } from './normalize';

describe('normalizeName', () => {
  it('treats umlauts, their ae/oe/ue spelling and plain vowels alike', () => {
    expect(normalizeName('Müller')).toBe(normalizeName('Mueller'));
    expect(normalizeName('Müller')).toBe(normalizeName('MULLER'));
    expect(normalizeName('Öztürk')).toBe(normalizeName('Oeztuerk'));
    expect(normalizeName('Jäger')).toBe(normalizeName('Jaeger'));
  });

  it('folds ß to ss, accents and case', () => {
    expect(normalizeName('Weiß')).toBe(normalizeName('WEISS'));
    expect(normalizeName('José Señor')).toBe('jose senor');
    expect(normalizeName('Zoë Łukasz')).toBe(normalizeName('zoe łukasz'));
  });
});

describe('matchesQuery', () => {
  const hay = normalizeName('Dr. Jürgen Müller-Lüdenscheidt Stadtverwaltung Görlitz');
  it('needs every word, in any order and spelling', () => {
    expect(matchesQuery(hay, 'juergen mueller')).toBe(true);
    expect(matchesQuery(hay, 'GORLITZ jurgen')).toBe(true);
    expect(matchesQuery(hay, 'jürgen schmidt')).toBe(false);
  });
  it('finds nothing for an empty query', () => {
    expect(matchesQuery(hay, '  ')).toBe(false);
  });
});
