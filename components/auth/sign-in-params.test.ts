import { describe, expect, it } from 'vitest';
import { GENERIC_SIGN_IN_ERROR, firstParam, safeCallbackUrl, signInErrorMessage } from './sign-in-params';

describe('signInErrorMessage', () => {
  it('maps next-auth error codes to German messages', () => {
    expect(signInErrorMessage('EmailSignin')).toMatch(/konnte gerade nicht versendet werden/);
    expect(signInErrorMessage('Verification')).toMatch(/abgelaufen oder wurde bereits verwendet/);
    expect(signInErrorMessage('AccessDenied')).toBe('Für diese Adresse ist kein Zugang eingerichtet.');
  });

  it('uses the generic message for other codes and null without one', () => {
    expect(signInErrorMessage('Callback')).toBe(GENERIC_SIGN_IN_ERROR);
    expect(signInErrorMessage('toString')).toBe(GENERIC_SIGN_IN_ERROR);
    expect(signInErrorMessage('')).toBeNull();
    expect(signInErrorMessage(undefined)).toBeNull();
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
