import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { resendRegistrationMail } from './mails';
import { changeEmailByToken } from './manage-service';
import { createRegistration } from './service';

const kinds = async (registrationId: string) =>
  await db.outboxMail.findMany({
    where: { registrationId },
    orderBy: { createdAt: 'asc' },
    select: { kind: true, recipient: true },
  });

// Moves the registration's queued mails eleven minutes into the past, beyond the resend window.
const ageOutbox = (registrationId: string) =>
  db.$executeRaw`UPDATE "OutboxMail" SET "createdAt" = "createdAt" - interval '11 minutes' WHERE "registrationId" = ${registrationId}`;

describe('registration mails through the outbox', () => {
  it('re-sends the confirmation at most once per ten minutes per registration', async () => {
    const event = await createTestEvent();
    const created = await createRegistration(event, registrationInput());
    // The confirmation queued at registration counts: an immediate resend is not queued.
    expect(await resendRegistrationMail(created.id)).toBe(false);
    await ageOutbox(created.id);
    expect(await resendRegistrationMail(created.id)).toBe(true);
    expect(await resendRegistrationMail(created.id)).toBe(false);
    expect((await kinds(created.id)).map((k) => k.kind)).toEqual(['confirmation', 'confirmation']);
  });

  it('queues the waiting-list mail again for a waitlisted registration, and nothing for a cancelled one', async () => {
    const event = await createTestEvent({ capacity: 0, waitlistEnabled: true });
    const created = await createRegistration(event, registrationInput());
    await ageOutbox(created.id);
    expect(await resendRegistrationMail(created.id)).toBe(true);
    expect((await kinds(created.id)).map((k) => k.kind)).toEqual(['waitlist', 'waitlist']);
    await db.registration.update({ where: { id: created.id }, data: { status: 'cancelled' } });
    await ageOutbox(created.id);
    expect(await resendRegistrationMail(created.id)).toBe(false);
  });

  it('an e-mail correction queues the confirmation to the new address in the same transaction', async () => {
    const event = await createTestEvent();
    const created = await createRegistration(event, registrationInput());
    const result = await changeEmailByToken(created.manageToken, 'Neu.Adresse@Example.test');
    expect(result.changed).toBe(true);
    expect(await kinds(created.id)).toEqual([
      { kind: 'confirmation', recipient: created.email },
      { kind: 'confirmation', recipient: 'neu.adresse@example.test' },
    ]);
  });
});
