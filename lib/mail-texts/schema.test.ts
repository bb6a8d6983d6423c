import { describe, expect, it } from 'vitest';
import { mailTextSchema } from './schema';

const base = { kind: 'confirmation', locale: 'de' } as const;

describe('mailTextSchema', () => {
  it('accepts known placeholders, trims, normalises line breaks and lets empty mean "default"', () => {
    expect(
      mailTextSchema.parse({ ...base, subject: ' Bestätigt: {veranstaltung} ', body: 'A\r\n\r\n{vorname} ' }),
    ).toEqual({
      ...base,
      subject: 'Bestätigt: {veranstaltung}',
      body: 'A\n\n{vorname}',
    });
    expect(mailTextSchema.parse(base)).toEqual({ ...base, subject: '', body: '' });
  });

  it('refuses unknown placeholders with a field error that names them and the allowed ones', () => {
    const result = mailTextSchema.safeParse({ ...base, subject: 'Hallo {anrede}', body: 'Sehr {titel} {titel}' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField.subject).toMatch(/Unbekannter Platzhalter \{anrede\}\. Erlaubt sind \{vorname\}/);
    expect(byField.body).toMatch(/Unbekannter Platzhalter \{titel\}\./);
  });

  it('refuses a multi-line subject, unknown kinds and languages, and overlong texts', () => {
    expect(mailTextSchema.safeParse({ ...base, subject: 'a\nBcc: x@y' }).success).toBe(false);
    expect(mailTextSchema.safeParse({ ...base, kind: 'newsletter' }).success).toBe(false);
    expect(mailTextSchema.safeParse({ ...base, locale: 'fr' }).success).toBe(false);
    expect(mailTextSchema.safeParse({ ...base, body: 'x'.repeat(5001) }).success).toBe(false);
  });
});
