import { describe, expect, it } from 'vitest';
import { fieldErrorKeys, fieldErrorMessages } from '@/lib/edge/field-errors';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { BODY_MAX_LENGTH, messageSchema, SUBJECT_MAX_LENGTH } from './schema';

const valid = { audience: 'confirmed', salutation: 'auto', subject: 'Programm', body: 'Guten Tag.' };

function keysOf(input: unknown) {
  const result = messageSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldErrorKeys(result.error.issues);
}

describe('messageSchema', () => {
  it('accepts a message and normalises the body', () => {
    const parsed = messageSchema.parse({ ...valid, body: ' Zeile 1\r\nZeile 2\r\n ' });
    expect(parsed.body).toBe('Zeile 1\nZeile 2');
  });

  it('reports validation keys, not text, for every refusal', () => {
    expect(keysOf({ audience: 'everyone', salutation: 'loud', subject: ' ', body: '' })).toEqual({
      audience: 'option',
      salutation: 'option',
      subject: 'required',
      body: 'required',
    });
    expect(
      keysOf({ ...valid, subject: 'x'.repeat(SUBJECT_MAX_LENGTH + 1), body: 'x'.repeat(BODY_MAX_LENGTH + 1) }),
    ).toEqual({ subject: 'tooLong', body: 'tooLong' });
    expect(keysOf({ ...valid, subject: 'Bcc: a@b.c\r\nX', body: 'a\u0000b' })).toEqual({
      subject: 'characters',
      body: 'characters',
    });
  });

  it('turns the keys into the reader’s language at the edge', () => {
    const result = messageSchema.safeParse({ ...valid, subject: '' });
    if (result.success) throw new Error('expected the input to be refused');
    expect(fieldErrorMessages(result.error.issues, 'en')).toEqual({ subject: getDictionary('en').validation.required });
    expect(fieldErrorMessages(result.error.issues, 'de')).toEqual({ subject: getDictionary('de').validation.required });
  });
});
