import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem } from './normalize';

const check = (value: string, multiline = false) => textProblem(normalizeText(value, { multiline }), { multiline });

describe('normalizeText', () => {
  it('composes to NFC and trims', () => {
    expect(normalizeText('  Mu\u0308ller ')).toBe('Müller');
  });

  it('gives multi-line text one line-break convention', () => {
    expect(normalizeText('a\r\nb\rc', { multiline: true })).toBe('a\nb\nc');
  });
});

describe('textProblem', () => {
  it.each([
    ['NUL', 'Ann\u0000a'],
    ['TAB', 'Ann\ta'],
    ['newline in a single line', 'Ann\na'],
    ['ESC', 'Ann\u001ba'],
    ['DEL', 'Ann\u007fa'],
    ['C1 NEL', 'Ann\u0085a'],
    ['C1 CSI', 'Ann\u009ba'],
    ['line separator', 'Ann\u2028a'],
    ['lone high surrogate', 'Ann\ud800a'],
    ['lone low surrogate', 'Ann\udc00a'],
    ['right-to-left override', 'Ann\u202ea'],
    ['left-to-right embedding', '\u202aAnna'],
    ['first strong isolate', 'Ann\u2068a\u2069'],
    ['zero-width space', 'An\u200bna'],
    ['word joiner', 'An\u2060na'],
    ['byte order mark inside', 'An\ufeffna'],
    ['zero-width joiner at the start', '\u200dAnna'],
    ['zero-width non-joiner after a space', 'Anna \u200cB'],
  ])('refuses %s', (_name, value) => {
    expect(check(value)).toBe('characters');
  });

  it.each([
    ['only a Hangul filler', '\u3164'],
    ['only a combining mark', '\u0301'],
    ['only a blank Braille pattern', '\u2800'],
    ['a Hangul filler between no-break spaces', '\u00a0\u3164\u2003'],
  ])('finds nothing visible in %s', (_name, value) => {
    expect(check(value)).toBe('required');
  });

  it.each([
    ['German umlauts and ß', 'Jürgen Weiß-Öztürk'],
    ['an apostrophe and accents', "O'Brien Zoë"],
    ['a Persian name with a non-joiner', 'مهدی\u200cزاده'],
    ['an emoji sequence with joiners', '👩\u200d💻 Team'],
    ['Chinese', '王小明'],
    ['a right-to-left script without overrides', 'שרה כהן'],
  ])('accepts %s', (_name, value) => {
    expect(check(value)).toBeNull();
  });

  it('keeps line breaks and tabs in multi-line text, nothing else', () => {
    expect(check('Zeile 1\r\nZeile\t2', true)).toBeNull();
    expect(check('Zeile 1\u0000', true)).toBe('characters');
    expect(check('Zeile 1\u0085', true)).toBe('characters');
  });

  it('trims every kind of space and a leading byte order mark, leaving the empty text to the caller', () => {
    expect(normalizeText('\ufeff\u00a0 \u2003')).toBe('');
    expect(check('   ')).toBeNull();
  });
});
