import { describe, expect, it } from 'vitest';
import { effectiveRole } from './effective-role';

describe('effectiveRole', () => {
  const admins = ['boss@example.test'];

  it('shows an ADMIN_EMAILS address as admin whatever its stored role, case-insensitively', () => {
    expect(effectiveRole({ email: 'Boss@Example.test', role: 'staff' }, admins)).toEqual({
      role: 'admin',
      bootstrapped: true,
    });
  });

  it('keeps the stored role of everybody else', () => {
    expect(effectiveRole({ email: 'door@example.test', role: 'staff' }, admins)).toEqual({
      role: 'staff',
      bootstrapped: false,
    });
    expect(effectiveRole({ email: null, role: 'organizer' }, admins)).toEqual({
      role: 'organizer',
      bootstrapped: false,
    });
  });
});
