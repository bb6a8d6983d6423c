import { describe, expect, it } from 'vitest';
import { editDistance, suggestEmail } from './email-suggestion';

describe('suggestEmail', () => {
  it.each([
    ['jw@gmial.com', 'jw@gmail.com'],
    ['jw@gmx.dee', 'jw@gmx.de'],
    ['jw@t-onlien.de', 'jw@t-online.de'],
    ['jw@wbe.de', 'jw@web.de'],
  ])('suggests a correction for %s', (input, expected) => {
    expect(suggestEmail(input)).toBe(expected);
  });

  it.each([
    'jw@web.de',
    'jw@gmail.com',
    'anna.schmidt@leipzig.de',
    'x@t-online.de',
    'jw@gmx.at',
    'poststelle@sachsen.de',
    'a@sab.de',
    'a@bmi.de',
    'a@lvz.de',
    'a@wdr.de',
    'a@dgb.de',
    'a@smi.de',
  ])('leaves %s alone', (input) => {
    expect(suggestEmail(input)).toBeNull();
  });

  it('ignores incomplete input', () => {
    expect(suggestEmail('jw@')).toBeNull();
    expect(suggestEmail('')).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts a swapped pair as one edit', () => {
    expect(editDistance('wbe.de', 'web.de')).toBe(1);
    expect(editDistance('gmx.dee', 'gmx.de')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
