import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { PRIVACY_CONSENT_VERSION } from './consent';
import { registrationSchema } from './schema';
import { getRegistrationTarget } from './queries';
import { createRegistration } from './service';

const DAY = 24 * 60 * 60 * 1000;

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error) && error.code).toBe(code);
}

describe('createRegistration', () => {
  it('writes one confirmed registration with consent record and a 128-bit ticket code', async () => {
    const event = await createTestEvent();
    const before = Date.now();
    const input = registrationSchema.parse({ ...registrationInput(), email: '  Erika.Beispiel@Example.TEST ' });
    const created = await createRegistration(event, input, { locale: 'de' });

    expect(created.status).toBe('confirmed');
    expect(created.ticketCode).toMatch(/^[0-9A-F]{32}$/);
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.email).toBe('erika.beispiel@example.test');
    expect(row.privacyConsentVersion).toBe(PRIVACY_CONSENT_VERSION);
    expect(row.privacyConsentAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const updated = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(updated.confirmedCount).toBe(1);
  });

  it('refuses a second registration with the same e-mail in any case and writes nothing', async () => {
    const event = await createTestEvent();
    const input = registrationInput();
    await createRegistration(event, input);
    const shouting = registrationSchema.parse({ ...input, email: ` ${input.email.toUpperCase()}` });
    await expectAppError(createRegistration(event, shouting), 'ALREADY_REGISTERED');
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
  });

  it('refuses unknown, unpublished, not yet open, closed and past events', async () => {
    // Unknown and unpublished events have no registration form: the lookup that every entry point uses finds none.
    expect(await getRegistrationTarget('gibt-es-nicht')).toBeNull();
    const hidden = await createTestEvent({ published: false });
    expect(await getRegistrationTarget(hidden.slug)).toBeNull();
    const later = await createTestEvent({ registrationOpensAt: new Date(Date.now() + DAY) });
    await expectAppError(createRegistration(later, registrationInput()), 'REGISTRATION_CLOSED');
    const closed = await createTestEvent({ registrationClosesAt: new Date(Date.now() - DAY) });
    await expectAppError(createRegistration(closed, registrationInput()), 'REGISTRATION_CLOSED');
    const past = await createTestEvent({
      startsAt: new Date(Date.now() - 2 * DAY),
      endsAt: new Date(Date.now() - DAY),
    });
    await expectAppError(createRegistration(past, registrationInput()), 'REGISTRATION_CLOSED');
    expect(await db.registration.count({ where: { eventId: { in: [hidden.id, later.id, closed.id, past.id] } } })).toBe(
      0,
    );
  });

  it('never gives the last seats to more people than there are seats', async () => {
    const event = await createTestEvent({ capacity: 5 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => createRegistration(event, registrationInput())),
    );
    const confirmed = results.filter((r) => r.status === 'fulfilled');
    const full = results.filter((r) => r.status === 'rejected' && isAppError(r.reason, 'EVENT_FULL'));
    expect(confirmed).toHaveLength(5);
    expect(full).toHaveLength(15);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(5);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(5);
  });

  it('puts people on the waiting list when the event keeps one', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const first = await createRegistration(event, registrationInput());
    const second = await createRegistration(event, registrationInput());
    expect([first.status, second.status]).toEqual(['confirmed', 'waitlisted']);
  });
});
