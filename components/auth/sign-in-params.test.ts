import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/de';
import { en } from '@/lib/i18n/en';
import { firstParam, safeCallbackUrl, signInErrorMessage } from './sign-in-params';

const texts = de.auth.signInErrors;

describe('signInErrorMessage', () => {
  it('maps next-auth error codes to messages in the given language', () => {
    expect(signInErrorMessage('EmailSignin', texts)).toMatch(/konnte gerade nicht versendet werden/);
    expect(signInErrorMessage('Verification', texts)).toMatch(/abgelaufen oder wurde bereits verwendet/);
    expect(signInErrorMessage('AccessDenied', texts)).toBe('Für diese Adresse ist kein Zugang eingerichtet.');
    expect(signInErrorMessage('AccessDenied', en.auth.signInErrors)).toBe(
      'No access has been set up for this address.',
    );
  });

  it('uses the generic message for other codes and null without one', () => {
    expect(signInErrorMessage('Callback', texts)).toBe(texts.generic);
    expect(signInErrorMessage('toString', texts)).toBe(texts.generic);
    expect(signInErrorMessage('', texts)).toBeNull();
    expect(signInErrorMessage(undefined, texts)).toBeNull();
  });
});

describe('safeCallbackUrl', () => {
  it('accepts relative paths with query and hash', () => {
    expect(safeCallbackUrl('/dashboard')).toBe('/dashboard');
    expect(safeCallbackUrl('/dashboard/events/x?q=a%20b&page=2')).toBe('/dashboard/events/x?q=a%20b&page=2');
    expect(safeCallbackUrl('/checkin/x#scan')).toBe('/checkin/x#scan');
  });

  it('rejects absolute, protocol-relative and odd URLs', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'dashboard',
      'javascript:alert(1)',
      '/\t/evil.example',
      '',
    ]) {
      expect(safeCallbackUrl(bad)).toBeNull();
    }
    expect(safeCallbackUrl(undefined)).toBeNull();
  });
});

describe('firstParam', () => {
  it('takes the first of repeated values', () => {
    expect(firstParam(['a', 'b'])).toBe('a');
    expect(firstParam('a')).toBe('a');
    expect(firstParam(undefined)).toBeUndefined();
  });
});
