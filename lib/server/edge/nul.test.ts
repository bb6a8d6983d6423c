import { describe, expect, it } from 'vitest';
import { containsNul } from './nul';

describe('containsNul', () => {
  it('finds NUL in strings, nested arrays and objects, object keys and FormData', () => {
    const form = new FormData();
    form.set('name', 'a\u0000b');
    for (const value of ['\u0000', ['x', ['y\u0000']], { a: { b: 'c\u0000' } }, { 'k\u0000': 1 }, form])
      expect(containsNul(value), JSON.stringify(value)).toBe(true);
  });

  it('passes arguments without NUL, and other control characters', () => {
    const form = new FormData();
    form.set('name', 'Müller');
    for (const value of ['Müller\u0001', ['x', 1, null, true], { a: { b: 'c' } }, form, new Date(), undefined])
      expect(containsNul(value), String(value)).toBe(false);
  });
});
