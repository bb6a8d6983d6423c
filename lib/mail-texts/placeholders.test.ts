import { describe, expect, it } from 'vitest';
import { bodyToText, fillPlaceholders, parseBody, parseLine, unknownPlaceholders } from './placeholders';

const values = {
  firstName: 'Jürgen',
  lastName: 'Müller-Lüdenscheidt',
  event: 'Digitalkonferenz',
  date: '2. April 2026',
  venue: 'HTWK Leipzig',
  link: 'https://tagung.example/manage/abc',
};

describe('placeholders', () => {
  it('fills German and English names alike', () => {
    expect(fillPlaceholders('{vorname} {nachname} – {veranstaltung}, {datum}, {ort}', values)).toBe(
      'Jürgen Müller-Lüdenscheidt – Digitalkonferenz, 2. April 2026, HTWK Leipzig',
    );
    expect(fillPlaceholders('{firstName} {lastName}: {event} {date} {venue} {link}', values)).toBe(
      'Jürgen Müller-Lüdenscheidt: Digitalkonferenz 2. April 2026 HTWK Leipzig https://tagung.example/manage/abc',
    );
  });

  it('names unknown placeholders once each, and ignores braces with spaces', () => {
    expect(unknownPlaceholders('{anrede} {vorname} {titel} {anrede} { nicht } {}')).toEqual(['anrede', 'titel', '']);
    expect(unknownPlaceholders('Hallo {vorname}')).toEqual([]);
    expect(unknownPlaceholders('{constructor} {toString}')).toEqual(['constructor', 'toString']);
  });
});

describe('the tiny Markdown', () => {
  it('reads bold and web links; placeholders inside them are filled', () => {
    expect(
      parseLine('Bitte **bis {datum}** [hier]({link}) oder [Programm](https://x.example/p) ansehen.', values),
    ).toEqual([
      { type: 'text', value: 'Bitte ' },
      { type: 'bold', value: 'bis 2. April 2026' },
      { type: 'text', value: ' ' },
      { type: 'link', text: 'hier', href: values.link },
      { type: 'text', value: ' oder ' },
      { type: 'link', text: 'Programm', href: 'https://x.example/p' },
      { type: 'text', value: ' ansehen.' },
    ]);
  });

  it('keeps other link targets as text', () => {
    expect(parseLine('[x](javascript:alert(1))', values).every((s) => s.type === 'text')).toBe(true);
    expect(parseLine('[x](mailto:a@b.example)', values)).toEqual([{ type: 'text', value: '[x](mailto:a@b.example)' }]);
  });

  it('never turns a filled-in value into markup or HTML', () => {
    const evil = { ...values, firstName: '**fett** [a](https://evil.example)', lastName: '<b>x</b>' };
    expect(parseLine('{vorname} {nachname}', evil)).toEqual([
      { type: 'text', value: '**fett** [a](https://evil.example) <b>x</b>' },
    ]);
  });

  it('splits paragraphs and lines, and writes a text part', () => {
    const body = parseBody('Erste Zeile\r\nzweite **Zeile**\n\n\n[Link]({link})\n', values);
    expect(body).toHaveLength(2);
    expect(bodyToText(body)).toBe(`Erste Zeile\nzweite Zeile\n\nLink (${values.link})`);
  });
});
