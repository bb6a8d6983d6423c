import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-health';

describe('isDatabaseUnavailable', () => {
  it("counts a killed or recovering server reported only in a Prisma raw query's message", () => {
    const raw = (message: string) =>
      Object.assign(new Error(`Raw query failed. Code: \`57P01\`. Message: \`${message}\``), { code: 'P2010' });
    expect(isDatabaseUnavailable(raw('terminating connection due to unexpected postmaster exit'))).toBe(true);
    expect(isDatabaseUnavailable(raw('the database system is not yet accepting connections'))).toBe(true);
    expect(isDatabaseUnavailable(raw('the database system is in recovery mode'))).toBe(true);
  });

  it('does not count a query error', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: 'P2002' }))).toBe(false);
  });
});
