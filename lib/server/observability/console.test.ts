import { afterEach, describe, expect, it } from 'vitest';
import { captureLogs } from '@/test/log-lines';
import { routeConsoleToLogger } from './console';

const original = { ...console };
afterEach(() => Object.assign(console, original));

describe('routeConsoleToLogger', () => {
  it("turns libraries' console output into JSON lines at the matching level, addresses masked", () => {
    const logs = captureLogs();
    try {
      routeConsoleToLogger();
      console.error('[next-auth][error] %s for %s', 'SIGNIN_EMAIL_ERROR', 'jana.kraft@example.org');
      console.warn('deprecated');
      console.log('plain', 42);
    } finally {
      Object.assign(console, original);
      logs.restore();
    }
    expect(logs.lines()).toEqual([
      expect.objectContaining({
        level: 'error',
        component: 'console',
        msg: '[next-auth][error] SIGNIN_EMAIL_ERROR for j…@example.org',
      }),
      expect.objectContaining({ level: 'warn', msg: 'deprecated' }),
      expect.objectContaining({ level: 'info', msg: 'plain 42' }),
    ]);
  });
});
