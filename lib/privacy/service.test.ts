import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '@/lib/audit/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { createRegistration } from '@/lib/registrations/service';
import { pastEventWithRegistrations } from '@/test/retention-fixtures';
import { anonymisePerson, collectPersonalData, deletePerson } from './service';

const unique = () => randomBytes(5).toString('hex');
const ADMIN = 'datenschutz@example.test';

async function personWithTwoRegistrations() {
  const email = `person-${unique()}@example.test`;
  const a = await pastEventWithRegistrations(new Date('2002-03-01T17:00:00Z'), [{ email, newsletter: true }]);
  const b = await pastEventWithRegistrations(new Date('2002-09-01T17:00:00Z'), [{ email }, {}]);
  return { email, ids: [a.registrations[0]!, b.registrations[0]!], other: b.registrations[1]!, a, b };
}

describe('data-subject requests', () => {
  it('Art. 15: exports both registrations with answers, consents, mails, check-ins and audit entries, without link secrets', async () => {
    const { email, ids, a } = await personWithTwoRegistrations();
    await db.checkIn.create({
      data: {
        eventId: a.event.id,
        registrationId: ids[0],
        idempotencyKey: unique(),
        deviceId: 'tablet-1',
        scannedAt: new Date(),
        result: 'checked_in',
        actor: 'einlass@example.test',
      },
    });
    await recordAudit(db, {
      actor: 'orga@example.test',
      action: 'registration.cancel',
      registrationId: ids[1],
      summary: 'Test',
    });

    const data = await collectPersonalData(ADMIN, email);
    expect(data.subject).toBe(email);
    expect(data.registrations.map((r) => r.id).sort()).toEqual([...ids].sort());
    const first = data.registrations.find((r) => r.id === ids[0])!;
    expect(first.event.id).toBe(a.event.id);
    expect(first.email).toBe(email);
    expect(first.answers).toEqual(
      expect.arrayContaining([
        { questionId: a.questions.text, question: 'Anmerkungen', value: 'Ich komme mit dem Rad.' },
        { questionId: a.questions.choice, question: 'Mittagessen', value: 'veg' },
      ]),
    );
    expect(first.consents.privacy.version).toBeTruthy();
    expect(first.consents.newsletter.requestedAt).toBeInstanceOf(Date);
    expect(first.mails.length).toBeGreaterThanOrEqual(1);
    expect(first.checkIns).toEqual([expect.objectContaining({ deviceId: 'tablet-1', result: 'checked_in' })]);
    expect(data.auditEntries).toEqual([
      expect.objectContaining({ action: 'registration.cancel', registrationId: ids[1] }),
    ]);
    const json = JSON.stringify(data);
    expect(json).not.toContain('manageToken');
    expect(json).not.toContain('newsletterToken');
    const access = await db.auditLog.findFirstOrThrow({
      where: { action: 'privacy.access', actor: ADMIN },
      orderBy: { at: 'desc' },
    });
    expect(access.details).toEqual({ registrationIds: expect.arrayContaining(ids) });
    expect(access.summary).not.toContain(email);
  });

  it('Art. 17: anonymises every registration of the address and nothing else, audited', async () => {
    const { email, ids, other } = await personWithTwoRegistrations();
    expect(await anonymisePerson(ADMIN, email)).toBe(2);
    const rows = await db.registration.findMany({ where: { id: { in: ids } } });
    for (const r of rows)
      expect(r).toMatchObject({ firstName: 'Anonymisiert', email: `anonymisiert+${r.id}@invalid`, organization: null });
    expect((await db.registration.findUniqueOrThrow({ where: { id: other } })).firstName).toBe('Erika');
    expect(await db.registration.count({ where: { email } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: {
          action: 'privacy.anonymise',
          actor: ADMIN,
          details: { path: ['registrationIds'], array_contains: ids },
        },
      }),
    ).toBe(1);
    await expect(anonymisePerson(ADMIN, email)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('Art. 17: deletes the registrations and their mails on request', async () => {
    const { email, ids } = await personWithTwoRegistrations();
    expect(await deletePerson(ADMIN, email)).toBe(2);
    expect(await db.registration.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.outboxMail.count({ where: { registrationId: { in: ids } } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: 'privacy.delete', actor: ADMIN, details: { path: ['registrationIds'], array_contains: ids } },
      }),
    ).toBe(1);
  });

  it('refuses to erase while the person holds a seat at an upcoming event', async () => {
    const event = await createTestEvent();
    const input = registrationInput();
    await createRegistration(event, input);
    await expect(anonymisePerson(ADMIN, input.email)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(deletePerson(ADMIN, input.email)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await db.registration.findFirstOrThrow({ where: { email: input.email } })).firstName).toBe('Erika');
  });
});
