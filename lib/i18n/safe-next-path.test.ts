import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a relative path with query and hash', () => {
    expect(safeNextPath('/events/x')).toBe('/events/x');
    expect(safeNextPath('/tickets/AB?neu=1#qr')).toBe('/tickets/AB?neu=1#qr');
  });

  it('falls back to / for missing or empty input', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath('')).toBe('/');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'events/x',
    '/\tevil',
    '/foo\\bar',
  ])('rejects %j', (input) => {
    expect(safeNextPath(input)).toBe('/');
  });

  it('keeps encoded control characters encoded, so they cannot split the header', () => {
    expect(safeNextPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../b')).toBe('/b');
  });
});
