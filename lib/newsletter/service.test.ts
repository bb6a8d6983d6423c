import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { generateLinkToken } from '@/lib/registrations/tokens';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { confirmNewsletter } from './service';

async function registerWithNewsletter(newsletter: boolean) {
  const event = await createTestEvent();
  return createRegistration(event, { ...registrationInput(), newsletter }, { now: new Date('2026-01-10T09:00:00Z') });
}

describe('confirmNewsletter', () => {
  it('stores the confirmation time once and keeps it on a second confirmation', async () => {
    const created = await registerWithNewsletter(true);
    expect(created.newsletterToken).toBeTruthy();
    const first = await confirmNewsletter(created.newsletterToken!, new Date('2026-01-10T10:00:00Z'));
    expect(first).toEqual({
      requestedAt: new Date('2026-01-10T09:00:00Z'),
      confirmedAt: new Date('2026-01-10T10:00:00Z'),
      newlyConfirmed: true,
    });
    const second = await confirmNewsletter(created.newsletterToken!, new Date('2026-01-11T10:00:00Z'));
    expect(second).toMatchObject({ confirmedAt: new Date('2026-01-10T10:00:00Z'), newlyConfirmed: false });
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.newsletterConfirmedAt).toEqual(new Date('2026-01-10T10:00:00Z'));
  });

  it('confirms exactly once under concurrent clicks', async () => {
    const created = await registerWithNewsletter(true);
    const results = await Promise.all([1, 2, 3].map(() => confirmNewsletter(created.newsletterToken!)));
    expect(results.filter((r) => r?.newlyConfirmed)).toHaveLength(1);
  });

  it('returns null for unknown or malformed tokens and writes nothing', async () => {
    const created = await registerWithNewsletter(false);
    expect(created.newsletterToken).toBeNull();
    expect(await confirmNewsletter(generateLinkToken())).toBeNull();
    expect(await confirmNewsletter('kurz')).toBeNull();
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.newsletterRequestedAt).toBeNull();
    expect(row.newsletterConfirmedAt).toBeNull();
  });
});
