import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { createRegistration } from './service';
import { composeSubstitutionMailRow } from './substitution-mail';
import { substituteRegistration } from './substitution';

const HOUR = 60 * 60 * 1000;
let n = 0;
const substitute = (over: Record<string, string> = {}) => ({
  salutation: 'Herr',
  title: 'Dr.',
  firstName: 'Max',
  lastName: 'Schmidt',
  email: `max.${Date.now()}.${++n}@example.test`,
  organization: 'Landkreis Leipzig',
  ...over,
});

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return isAppError(error) ? { code: error.code, key: error.key } : error;
}

async function seatState(eventId: string) {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  const by = await db.registration.groupBy({ by: ['status'], where: { eventId }, _count: true });
  return {
    counter: event.confirmedCount,
    reservedTaken: event.reservedTaken,
    ...Object.fromEntries(by.map((g) => [g.status, g._count])),
  };
}

describe('substituteRegistration', () => {
  it('moves the seat to the substitute without touching the counters, carrying the contingent flag', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const old = await createRegistration(event, registrationInput({ salutation: 'Frau', title: 'Dr.' }));
    const waiting = await createRegistration(event, registrationInput());
    expect(waiting.status).toBe('waitlisted');
    // As if the seat had come from the invitees' contingent.
    await db.event.update({ where: { id: event.id }, data: { reservedSeats: 1, reservedTaken: 1 } });
    await db.registration.update({ where: { id: old.id }, data: { contingentSeat: true, guestType: 'guest' } });
    const before = await seatState(event.id);

    const person = substitute();
    const created = await substituteRegistration(old.manageToken, person, 'attendee');

    // One more cancelled row, the same confirmed count, counter and contingent use.
    expect(await seatState(event.id)).toEqual({ ...before, cancelled: 1 });
    const [oldRow, newRow, waitRow] = await Promise.all([
      db.registration.findUniqueOrThrow({ where: { id: old.id } }),
      db.registration.findUniqueOrThrow({ where: { id: created.id } }),
      db.registration.findUniqueOrThrow({ where: { id: waiting.id } }),
    ]);
    expect(oldRow).toMatchObject({ status: 'cancelled', cancelledBy: 'substitute' });
    expect(newRow).toMatchObject({
      status: 'confirmed',
      email: person.email,
      firstName: 'Max',
      substituteForId: old.id,
      contingentSeat: true,
      guestType: 'guest',
      manageToken: created.manageToken,
    });
    expect(newRow.ticketCode).not.toBe(oldRow.ticketCode);
    expect(newRow.manageToken).not.toBe(oldRow.manageToken);
    // Nobody was promoted: no seat was released.
    expect(waitRow.status).toBe('waitlisted');
    expect(waitRow.promotedAt).toBeNull();

    const mails = await db.outboxMail.findMany({
      where: { registrationId: { in: [old.id, created.id, waiting.id] } },
      select: { kind: true, registrationId: true, recipient: true, variant: true },
      orderBy: { createdAt: 'asc' },
    });
    // Registration mails (confirmation, waitlist), then exactly the two of the hand-over: no cancellation, no promotion.
    expect(mails.map((m) => m.kind).sort()).toEqual(['confirmation', 'confirmation', 'substitution', 'waitlist']);
    expect(mails).toEqual(
      expect.arrayContaining([
        { kind: 'confirmation', registrationId: created.id, recipient: person.email, variant: null },
        { kind: 'substitution', registrationId: old.id, recipient: old.email, variant: 'attendee' },
      ]),
    );

    const audit = await db.auditLog.findMany({ where: { registrationId: old.id, action: 'registration.substitute' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe('attendee');
    expect(audit[0]?.details).toMatchObject({ substituteId: created.id });
  });

  it('moves the invitation to the substitute', async () => {
    const event = await createTestEvent();
    const old = await createRegistration(event, registrationInput());
    const invitation = await db.invitation.create({
      data: {
        eventId: event.id,
        email: old.email,
        token: `tok-${Date.now()}`,
        firstName: 'E',
        lastName: 'M',
        createdBy: 'orga@example.test',
      },
    });
    await db.registration.update({ where: { id: old.id }, data: { invitationId: invitation.id } });
    const created = await substituteRegistration(old.manageToken, substitute(), 'orga@example.test');
    const rows = await db.registration.findMany({ where: { id: { in: [old.id, created.id] } } });
    expect(rows.find((r) => r.id === created.id)?.invitationId).toBe(invitation.id);
    expect(rows.find((r) => r.id === old.id)?.invitationId).toBeNull();
  });

  it('refuses what cannot be handed over, and writes nothing', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const holder = await createRegistration(event, registrationInput());
    const waiting = await createRegistration(event, registrationInput());
    const other = await createTestEvent();
    const checkedIn = await createRegistration(other, registrationInput());
    await db.registration.update({ where: { id: checkedIn.id }, data: { checkedInAt: new Date() } });

    expect(await errorOf(substituteRegistration(waiting.manageToken, substitute(), 'attendee'))).toEqual({
      code: 'CONFLICT',
      key: 'substitutionNotConfirmed',
    });
    expect(await errorOf(substituteRegistration(checkedIn.manageToken, substitute(), 'attendee'))).toEqual({
      code: 'CONFLICT',
      key: 'substitutionCheckedIn',
    });
    expect(
      await errorOf(substituteRegistration(holder.manageToken, substitute({ email: holder.email.toUpperCase() }), 'x')),
    ).toEqual({ code: 'INVALID_INPUT', key: 'substituteSameAddress' });
    expect(
      await errorOf(substituteRegistration(holder.manageToken, substitute({ email: waiting.email }), 'attendee')),
    ).toEqual({ code: 'ALREADY_REGISTERED', key: 'substituteAlreadyRegistered' });
    const afterEnd = new Date(event.endsAt.getTime() + HOUR);
    expect(await errorOf(substituteRegistration(holder.manageToken, substitute(), 'attendee', afterEnd))).toEqual({
      code: 'CONFLICT',
      key: 'substitutionEnded',
    });
    // On the day itself, after the start, a hand-over is still possible (someone falls ill that morning).
    const duringEvent = new Date(event.startsAt.getTime() + HOUR);
    const created = await substituteRegistration(holder.manageToken, substitute(), 'attendee', duringEvent);
    expect(await errorOf(substituteRegistration(holder.manageToken, substitute(), 'attendee'))).toEqual({
      code: 'CONFLICT',
      key: 'substitutionAlreadyDone',
    });
    const count = await db.registration.count({ where: { eventId: event.id } });
    expect(count).toBe(3);
    expect(await db.registration.count({ where: { substituteForId: holder.id } })).toBe(1);
    expect(created.id).toBeTruthy();
  });

  it('two concurrent hand-overs of the same place: exactly one succeeds', async () => {
    const event = await createTestEvent({ capacity: 5 });
    const old = await createRegistration(event, registrationInput());
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => substituteRegistration(old.manageToken, substitute(), 'attendee')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => isAppError(r.reason) && r.reason.key)).toEqual(Array(3).fill('substitutionAlreadyDone'));
    expect(await seatState(event.id)).toEqual({ counter: 1, reservedTaken: 0, confirmed: 1, cancelled: 1 });
    expect(await db.outboxMail.count({ where: { registrationId: old.id, kind: 'substitution' } })).toBe(1);
  });

  it('mails the former holder formally, naming the substitute, in their language', async () => {
    const event = await createTestEvent({ title: 'Digitalgipfel', titleEn: 'Digital Summit' });
    const de = await createRegistration(
      event,
      registrationInput({ salutation: 'Frau', title: 'Dr.', lastName: 'Kühn' }),
    );
    const en = await createRegistration(
      event,
      registrationInput({ salutation: 'Frau', title: 'Dr.', lastName: 'Kühn', email: `en.${Date.now()}@example.test` }),
      { locale: 'en' },
    );
    await substituteRegistration(de.manageToken, substitute(), 'attendee');
    await substituteRegistration(en.manageToken, substitute(), 'orga@example.test');
    const rows = await db.outboxMail.findMany({
      where: { registrationId: { in: [de.id, en.id] }, kind: 'substitution' },
    });
    const compose = (id: string) => composeSubstitutionMailRow(rows.find((r) => r.registrationId === id)!);
    const german = await compose(de.id);
    const english = await compose(en.id);
    if ('skip' in german || 'skip' in english) throw new Error('skipped');
    expect(german.to).toBe(de.email);
    expect(german.mail.subject).toContain('Platz übergeben: Digitalgipfel');
    expect(german.mail.text).toContain('Sehr geehrte Frau Dr. Kühn,');
    expect(german.mail.text).toContain('an Dr. Max Schmidt übergeben');
    expect(german.mail.text).toContain('Ihr Ticket ist damit ungültig');
    expect(english.mail.subject).toContain('Place handed over: Digital Summit');
    expect(english.mail.text).toContain('Dear Dr Kühn,');
    expect(english.mail.text).toContain('the event team has handed your place at “Digital Summit” to Dr. Max Schmidt');
  });
});
