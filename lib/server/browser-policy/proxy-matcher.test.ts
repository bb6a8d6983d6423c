import { unstable_doesMiddlewareMatch as matches } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

describe('the proxy (and so the nonce policy) runs on', () => {
  it.each([
    '/',
    '/impressum',
    '/signin',
    '/signin/check-email',
    '/events/beispiel',
    '/events/beispiel/register',
    '/manage/abc',
    '/tickets/ABC',
    '/dashboard',
    '/dashboard/events/x/edit',
    '/checkin/x',
    '/dev/mail',
  ])('the page %s', (url) => {
    expect(matches({ config, url })).toBe(true);
  });

  it.each([
    '/api/v1/events',
    '/api/auth/signin',
    '/_next/static/chunks/a.js',
    '/media/covers/1',
    '/cached/de/events/beispiel',
    '/sw.js',
    '/favicon.ico',
    '/checkin.webmanifest',
    '/dashboard/events/x/export.csv',
    '/lang',
  ])('not the file or handler %s', (url) => {
    expect(matches({ config, url })).toBe(false);
  });

  it('not on prefetches', () => {
    expect(matches({ config, url: '/impressum', headers: { 'next-router-prefetch': '1' } })).toBe(false);
  });
});
