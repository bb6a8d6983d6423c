import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { buildManualRegistrationSchema, buildOrganizerUpdateSchema } from './schema';
import {
  cancelByOrganizer,
  createManualRegistration,
  resendByOrganizer,
  updateRegistrationByOrganizer,
} from './service';

const ACTOR = 'organizer@example.test';
const manual = (overrides: Record<string, unknown> = {}) =>
  buildManualRegistrationSchema([]).parse({
    ...registrationInput({ firstName: 'Gerda', lastName: 'Gast' }),
    guestType: 'guest',
    ...overrides,
  });

describe('createManualRegistration', () => {
  it('takes a free seat, marks the guest type, and queues the confirmation with an audit entry in one go', async () => {
    const event = await createTestEvent({ capacity: 2 });
    const created = await createManualRegistration(event.id, manual({ guestType: 'speaker' }), ACTOR);
    expect(created.status).toBe('confirmed');
    const row = await db.registration.findUniqueOrThrow({
      where: { id: created.id },
      select: { guestType: true, overCapacity: true, source: true },
    });
    expect(row).toEqual({ guestType: 'speaker', overCapacity: false, source: 'manual' });
    expect(await db.outboxMail.count({ where: { registrationId: created.id, kind: 'confirmation' } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { registrationId: created.id } });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['registration.create-manual', ACTOR]]);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);
  });

  it('goes beyond the capacity only when ticked; otherwise the waiting list or a refusal', async () => {
    const event = await createTestEvent({ capacity: 1 });
    await createRegistration(event, registrationInput());
    await expect(createManualRegistration(event.id, manual(), ACTOR)).rejects.toMatchObject({ code: 'EVENT_FULL' });
    const over = await createManualRegistration(event.id, manual({ overCapacity: true }), ACTOR);
    expect(over.status).toBe('confirmed');
    expect(await db.registration.findUniqueOrThrow({ where: { id: over.id }, select: { overCapacity: true } })).toEqual(
      { overCapacity: true },
    );
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(2);

    const withList = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    await createRegistration(withList, registrationInput());
    expect((await createManualRegistration(withList.id, manual(), ACTOR)).status).toBe('waitlisted');
    expect((await createManualRegistration(withList.id, manual({ overCapacity: true }), ACTOR)).status).toBe(
      'confirmed',
    );
  });

  it('refuses a second active registration with the same address', async () => {
    const event = await createTestEvent();
    const input = manual();
    await createManualRegistration(event.id, input, ACTOR);
    await expect(createManualRegistration(event.id, input, ACTOR)).rejects.toMatchObject({
      code: 'ALREADY_REGISTERED',
    });
  });

  it('is never over capacity when the box is not ticked (schema default)', () => {
    expect(manual().overCapacity).toBe(false);
    expect(buildManualRegistrationSchema([]).safeParse({ ...registrationInput(), guestType: 'attendee' }).success).toBe(
      false,
    );
  });
});

describe('organizer edits, resends and cancels', () => {
  it('updates the fields, keeps the search column in step, and audits the changed field names only', async () => {
    const event = await createTestEvent();
    const { id } = await createRegistration(event, registrationInput({ firstName: 'Anna', lastName: 'Alt' }));
    const input = buildOrganizerUpdateSchema([]).parse({
      firstName: 'Anna',
      lastName: 'Groß',
      sector: 'Wissenschaft',
      state: 'Sachsen',
      organization: 'Stadtverwaltung Leipzig',
    });
    expect((await updateRegistrationByOrganizer(id, input, ACTOR)).changed.sort()).toEqual([
      'lastName',
      'sector',
      'state',
    ]);
    const row = await db.registration.findUniqueOrThrow({
      where: { id },
      select: { lastName: true, sector: true, searchText: true },
    });
    expect(row).toEqual({ lastName: 'Groß', sector: 'Wissenschaft', searchText: 'anna gross stadtverwaltung leipzig' });
    const [entry] = await db.auditLog.findMany({ where: { registrationId: id, action: 'registration.update' } });
    expect(entry?.details).toEqual({ fields: ['lastName', 'sector', 'state'] });
    expect(JSON.stringify(entry)).not.toContain('Groß');
    expect((await updateRegistrationByOrganizer(id, input, ACTOR)).changed).toEqual([]);
  });

  it('resends once per window and audits it; cancels with an audit entry and promotion', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const first = await createRegistration(event, registrationInput());
    const second = await createRegistration(event, registrationInput());
    // The confirmation from the registration itself is within the window.
    expect(await resendByOrganizer(first.id, event.id, ACTOR)).toBe(false);
    await db.$executeRaw`UPDATE "OutboxMail" SET "createdAt" = now() - interval '1 hour' WHERE "registrationId" = ${first.id}`;
    expect(await resendByOrganizer(first.id, event.id, ACTOR)).toBe(true);
    expect(await db.auditLog.count({ where: { registrationId: first.id, action: 'registration.resend' } })).toBe(1);
    const result = await cancelByOrganizer(first.id, event.id, ACTOR);
    expect(result.promotedId).toBe(second.id);
    const cancelAudit = await db.auditLog.findFirstOrThrow({
      where: { registrationId: first.id, action: 'registration.cancel' },
    });
    expect(cancelAudit.details).toEqual({ promotedId: second.id });
    expect((await cancelByOrganizer(first.id, event.id, ACTOR)).cancelled).toBe(false);
    expect(await db.auditLog.count({ where: { registrationId: first.id, action: 'registration.cancel' } })).toBe(1);
  });
});
