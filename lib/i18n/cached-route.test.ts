import { describe, expect, it } from 'vitest';
import { cachedEventUrl, cachedPath, publicPath } from './cached-route';

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

describe("cachedEventUrl (the production server's rewrite)", () => {
  it('picks the language from the lang cookie, German by default, and keeps the query', () => {
    expect(cachedEventUrl('/events/mdk-2026', undefined)).toBe('/cached/de/events/mdk-2026');
    expect(cachedEventUrl('/events/mdk-2026', 'a=1; lang=en; b=2')).toBe('/cached/en/events/mdk-2026');
    expect(cachedEventUrl('/events/mdk-2026?utm=x', 'lang=en')).toBe('/cached/en/events/mdk-2026?utm=x');
    expect(cachedEventUrl('/events/mdk-2026', 'lang=fr')).toBe('/cached/de/events/mdk-2026');
    expect(cachedEventUrl('/events/mdk-2026', 'xlang=en')).toBe('/cached/de/events/mdk-2026');
  });

  it('leaves every other URL alone', () => {
    expect(cachedEventUrl('/events/mdk-2026/register', 'lang=en')).toBeNull();
    expect(cachedEventUrl('/events/MDK', undefined)).toBeNull();
    expect(cachedEventUrl('/events/', undefined)).toBeNull();
    expect(cachedEventUrl('/dashboard', undefined)).toBeNull();
  });
});
