import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { archiveQuestion, createQuestion, updateQuestion } from '@/lib/questions/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { getRegistrationByManageToken } from './manage-queries';
import { cancelByToken, changeEmailByToken, updateRegistrationByToken } from './manage-service';
import { buildRegistrationSchema, buildRegistrationUpdateSchema } from './schema';
import { createRegistration } from './service';

const DAY = 24 * 60 * 60 * 1000;

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error) && error.code).toBe(code);
}

const update = (over: Record<string, unknown> = {}) =>
  buildRegistrationUpdateSchema([]).parse({
    firstName: 'Erika',
    lastName: 'Müller',
    organization: 'Landkreis Leipzig',
    ...over,
  });

describe('manage link services', () => {
  it('updates person fields and active answers but keeps answers to archived questions', async () => {
    const event = await createTestEvent();
    const lunch = await createQuestion(event.id, {
      type: 'singleChoice',
      labelDe: 'Mittagessen?',
      required: true,
      options: [
        { value: 'ja', de: 'Ja' },
        { value: 'nein', de: 'Nein' },
      ],
    });
    const diet = await createQuestion(event.id, { type: 'text', labelDe: 'Ernährung' });
    const questions = await db.question.findMany({ where: { eventId: event.id } });
    const defs = questions.map((q) => ({ ...q, options: q.options as { value: string; de: string }[] }));
    const input = buildRegistrationSchema(defs).parse({
      ...registrationInput(),
      answers: { [lunch.id]: 'ja', [diet.id]: 'vegetarisch' },
    });
    const created = await createRegistration(event, input);
    await archiveQuestion(diet.id);

    const activeDefs = defs.filter((q) => q.id === lunch.id);
    const values = buildRegistrationUpdateSchema(activeDefs).parse({
      firstName: 'Erika',
      lastName: 'Schulze',
      organization: 'Landkreis Leipzig',
      answers: { [lunch.id]: 'nein', [diet.id]: 'ignored' },
    });
    await updateRegistrationByToken(created.manageToken, values);

    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastName).toBe('Schulze');
    expect(row.organization).toBe('Landkreis Leipzig');
    expect(row.answers).toEqual({ [lunch.id]: 'nein', [diet.id]: 'vegetarisch' });

    const view = await getRegistrationByManageToken(created.manageToken);
    expect(view?.answered.map((a) => [a.question.labelDe, a.question.archived, a.value])).toEqual([
      ['Mittagessen?', false, 'nein'],
      ['Ernährung', true, 'vegetarisch'],
    ]);
    expect(view?.activeQuestions.map((q) => q.id)).toEqual([lunch.id]);
  });

  it('refuses an address another registration of the same event already uses, and changes nothing', async () => {
    const event = await createTestEvent();
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    await expectAppError(changeEmailByToken(a.manageToken, ` ${b.email.toUpperCase()} `), 'ALREADY_REGISTERED');
    // The manage page shows it at the e-mail field.
    await expect(changeEmailByToken(a.manageToken, b.email)).rejects.toMatchObject({
      fieldErrors: { email: { key: 'alreadyRegisteredForEvent' } },
    });
    expect((await db.registration.findUniqueOrThrow({ where: { id: a.id } })).email).toBe(a.email);

    const changed = await changeEmailByToken(a.manageToken, 'Neue.Adresse@Example.TEST');
    expect(changed).toEqual({ id: a.id, email: 'neue.adresse@example.test', changed: true });
    expect((await db.registration.findUniqueOrThrow({ where: { id: a.id } })).email).toBe('neue.adresse@example.test');
  });

  it('cancels by token and promotes the first waitlisted person, returning their id', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const c = await createRegistration(event, registrationInput());
    expect([a.status, b.status, c.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect((await getRegistrationByManageToken(c.manageToken))?.waitlistPosition).toBe(2);

    const result = await cancelByToken(a.manageToken);
    expect(result).toEqual({ id: a.id, cancelled: true, promotedId: b.id, reopened: false, reopenedSlug: null });
    const rows = await db.registration.findMany({
      where: { eventId: event.id },
      select: { id: true, status: true, cancelledBy: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [a.id]: 'cancelled',
      [b.id]: 'confirmed',
      [c.id]: 'waitlisted',
    });
    expect(rows.find((r) => r.id === a.id)?.cancelledBy).toBe('attendee');
    expect((await getRegistrationByManageToken(c.manageToken))?.waitlistPosition).toBe(1);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1);

    // Cancelling twice is harmless and promotes nobody else.
    expect(await cancelByToken(a.manageToken)).toEqual({
      id: a.id,
      cancelled: false,
      promotedId: null,
      reopened: false,
      reopenedSlug: null,
    });
    await expectAppError(updateRegistrationByToken(a.manageToken, update()), 'REGISTRATION_CANCELLED');
  });

  it('treats malformed, unknown and expired tokens as not found and writes nothing', async () => {
    const past = new Date(Date.now() - 10 * DAY);
    const event = await createTestEvent({ retentionDays: 30 });
    const created = await createRegistration(event, registrationInput());
    await db.event.update({
      where: { id: event.id },
      data: { startsAt: new Date(past.getTime() - DAY), endsAt: past },
    });

    expect(await getRegistrationByManageToken(created.manageToken)).not.toBeNull();
    const later = new Date(past.getTime() + 31 * DAY);
    expect(await getRegistrationByManageToken(created.manageToken, later)).toBeNull();
    expect(await getRegistrationByManageToken('x'.repeat(43))).toBeNull();
    expect(await getRegistrationByManageToken('../etc')).toBeNull();

    await expectAppError(
      updateRegistrationByToken(created.manageToken, update({ lastName: 'Neu' }), later),
      'NOT_FOUND',
    );
    await expectAppError(changeEmailByToken(created.manageToken, 'neu@example.test', later), 'NOT_FOUND');
    await expectAppError(cancelByToken(created.manageToken, later), 'NOT_FOUND');
    await expectAppError(cancelByToken('not-a-token'), 'NOT_FOUND');
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.status, row.lastName, row.email]).toEqual(['confirmed', 'Müller', created.email]);
  });
});

describe('answers after a question changed type', () => {
  it('keeps an answer the form could not show, and removes one the attendee cleared', async () => {
    const event = await createTestEvent();
    const topic = await createQuestion(event.id, { type: 'text', labelDe: 'Thema' });
    const notes = await createQuestion(event.id, { type: 'text', labelDe: 'Hinweise' });
    const asDefs = async () =>
      (await db.question.findMany({ where: { eventId: event.id } })).map((q) => ({
        ...q,
        options: q.options as { value: string; de: string }[],
      }));
    const input = buildRegistrationSchema(await asDefs()).parse({
      ...registrationInput(),
      answers: { [topic.id]: 'Smart City', [notes.id]: 'Rollstuhl' },
    });
    const created = await createRegistration(event, input);
    // The organizer turns "Thema" into a number question: the stored text no longer fits it.
    await updateQuestion(topic.id, { type: 'number', labelDe: 'Anzahl Begleitpersonen' });

    const values = buildRegistrationUpdateSchema(await asDefs()).parse({
      ...update(),
      answers: { [topic.id]: '', [notes.id]: '' },
    });
    await updateRegistrationByToken(created.manageToken, values);
    const row = await db.registration.findUniqueOrThrow({ where: { id: created.id }, select: { answers: true } });
    expect(row.answers).toEqual({ [topic.id]: 'Smart City' });
  });
});

describe('the manage page knows what a cancellation would do with the seat', () => {
  it('passes the seat on only while someone is waiting, and never for a waitlisted registration', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const seated = await createRegistration(event, registrationInput());
    expect((await getRegistrationByManageToken(seated.manageToken))?.seatGoesToWaitlist).toBe(false);
    const waiting = await createRegistration(event, registrationInput());
    expect(waiting.status).toBe('waitlisted');
    expect((await getRegistrationByManageToken(seated.manageToken))?.seatGoesToWaitlist).toBe(true);
    expect((await getRegistrationByManageToken(waiting.manageToken))?.seatGoesToWaitlist).toBe(false);
  });
});
