import { describe, expect, it } from 'vitest';
import { errorText, serverFieldErrors } from './field-errors';

describe('errorText', () => {
  it('translates schema keys', () => {
    expect(errorText('required', 'de')).toBe('Bitte füllen Sie dieses Feld aus.');
    expect(errorText('email', 'en')).toMatch(/valid e-mail address/);
  });

  it('passes finished server text through and ignores empty messages', () => {
    expect(errorText('Diese Angabe ist zu lang.', 'en')).toBe('Diese Angabe ist zu lang.');
    expect(errorText(undefined, 'de')).toBeUndefined();
    expect(errorText('', 'de')).toBeUndefined();
  });
});

describe('serverFieldErrors', () => {
  it('orders errors as on screen and maps consents to the checkbox', () => {
    expect(serverFieldErrors({ consents: 'C', email: 'E', firstName: 'F', unknown: 'X' })).toEqual([
      { path: 'firstName', message: 'F' },
      { path: 'email', message: 'E' },
      { path: 'consents.privacy', message: 'C' },
    ]);
  });
});

describe('serverFieldErrors with questions', () => {
  it('puts answers between the person fields and the consent, in question order', () => {
    const errors = { consents: 'C', 'answers.q2': 'Q2', lastName: 'L', 'answers.q1': 'Q1', 'answers.gone': 'X' };
    expect(serverFieldErrors(errors, ['q1', 'q2'])).toEqual([
      { path: 'lastName', message: 'L' },
      { path: 'answers.q1', message: 'Q1' },
      { path: 'answers.q2', message: 'Q2' },
      { path: 'consents.privacy', message: 'C' },
    ]);
  });

  it('translates the number key', () => {
    expect(errorText('number', 'de')).toMatch(/ganze Zahl/);
  });
});

describe('every validation key of the schema has its text on the client', () => {
  it('shows the message for a control character in a name, not the key "characters"', () => {
    expect(errorText('characters', 'de')).toBe('Bitte verwenden Sie nur druckbare Zeichen.');
    expect(errorText('characters', 'en')).toBe('Please use printable characters only.');
  });
});
