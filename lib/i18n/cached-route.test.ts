import { describe, expect, it } from 'vitest';
import { cachedPath, publicPath } from './cached-route';

describe('cached route paths', () => {
  it('maps a public path to its cached route and back', () => {
    expect(cachedPath('en', '/events/mdk-2026')).toBe('/cached/en/events/mdk-2026');
    expect(publicPath(cachedPath('de', '/events/mdk-2026'))).toBe('/events/mdk-2026');
    expect(publicPath(cachedPath('en', '/events/mdk-2026'))).toBe('/events/mdk-2026');
  });

  it('leaves other paths alone', () => {
    expect(publicPath('/events/mdk-2026')).toBe('/events/mdk-2026');
    expect(publicPath('/cached/fr/events/x')).toBe('/cached/fr/events/x');
    expect(publicPath('/cached/en')).toBe('/cached/en');
    expect(publicPath('/')).toBe('/');
  });
});
