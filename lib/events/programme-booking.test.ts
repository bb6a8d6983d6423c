import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inputError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { sessionSchema } from './programme-schema';
import { deleteSession, saveSession } from './programme-service';

const actor = 'orga@example.test';
const workshop = (overrides: Record<string, unknown> = {}) => ({
  title: 'Workshop Open Data',
  startsAt: '2026-04-02T11:00',
  endsAt: '2026-04-02T12:30',
  bookable: true,
  capacity: '30',
  waitlistEnabled: true,
  ...overrides,
});
const fieldErrorsOf = (values: Record<string, unknown>) => {
  const result = sessionSchema.safeParse(values);
  return result.success ? {} : (inputError(result.error.issues).fieldErrors ?? {});
};

/** A bookable session with `confirmed` places taken and that many confirmed bookings, plus `waiting` waitlisted. */
async function bookedSession(confirmed: number, waiting = 0) {
  const event = await createTestEvent();
  const { sessionId } = await saveSession(actor, event.id, null, sessionSchema.parse(workshop()));
  for (let i = 0; i < confirmed + waiting; i++) {
    const registration = await db.registration.create({
      data: {
        eventId: event.id,
        ticketCode: randomBytes(8).toString('hex'),
        manageToken: randomBytes(16).toString('hex'),
        firstName: 'Erika',
        lastName: 'Müller',
        email: `e-${randomBytes(4).toString('hex')}@example.test`,
        privacyConsentVersion: 'v1',
        privacyConsentAt: new Date(),
      },
    });
    await db.sessionBooking.create({
      data: {
        eventId: event.id,
        sessionId,
        registrationId: registration.id,
        status: i < confirmed ? 'confirmed' : 'waitlisted',
      },
    });
  }
  await db.eventSession.update({ where: { id: sessionId }, data: { confirmedCount: confirmed } });
  return { event, sessionId };
}

describe('bookable sessions in the programme editor', () => {
  it('needs an end for a bookable session, bounds its places, and takes an old form without the keys', () => {
    expect(fieldErrorsOf(workshop({ endsAt: '' }))).toEqual({
      endsAt: 'Ein buchbarer Programmpunkt braucht ein Ende.',
    });
    expect(fieldErrorsOf(workshop({ capacity: '0' })).capacity).toMatch(/1 bis 100000/);
    expect(fieldErrorsOf(workshop({ capacity: 'viele' })).capacity).toMatch(/1 bis 100000/);
    expect(sessionSchema.parse({ title: 'Pause', startsAt: '2026-04-02T12:30' })).toMatchObject({
      bookable: false,
      capacity: null,
      waitlistEnabled: false,
    });
    // A plain programme item keeps neither places nor a waiting list.
    expect(sessionSchema.parse(workshop({ bookable: false, endsAt: '' }))).toMatchObject({
      capacity: null,
      waitlistEnabled: false,
    });
    expect(sessionSchema.parse(workshop({ capacity: '' }))).toMatchObject({ bookable: true, capacity: null });
  });

  it('saves places and the own waiting list, and changes them', async () => {
    const event = await createTestEvent();
    const { sessionId } = await saveSession(actor, event.id, null, sessionSchema.parse(workshop()));
    expect(await db.eventSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      bookable: true,
      capacity: 30,
      waitlistEnabled: true,
      confirmedCount: 0,
    });
    await saveSession(
      actor,
      event.id,
      sessionId,
      sessionSchema.parse(workshop({ capacity: '', waitlistEnabled: false })),
    );
    expect(await db.eventSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      capacity: null,
      waitlistEnabled: false,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { eventId: event.id, action: 'session.update' } });
    expect(audit.details).toMatchObject({ sessionId, bookable: true, capacity: null });
  });

  it('refuses places below the confirmed bookings with 409 and the count; equal is fine', async () => {
    const { event, sessionId } = await bookedSession(5, 2);
    await expect(
      saveSession(actor, event.id, sessionId, sessionSchema.parse(workshop({ capacity: '4' }))),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
      fieldErrors: { capacity: { key: 'sessionPlacesBelowBooked', values: { count: 5 } } },
    });
    expect((await db.eventSession.findUniqueOrThrow({ where: { id: sessionId } })).capacity).toBe(30);
    await saveSession(actor, event.id, sessionId, sessionSchema.parse(workshop({ capacity: '5' })));
    expect((await db.eventSession.findUniqueOrThrow({ where: { id: sessionId } })).capacity).toBe(5);
  });

  it('keeps a session with active bookings bookable and in the programme (409 with the count)', async () => {
    const { event, sessionId } = await bookedSession(1, 2);
    await expect(
      saveSession(actor, event.id, sessionId, sessionSchema.parse(workshop({ bookable: false }))),
    ).rejects.toMatchObject({
      status: 409,
      fieldErrors: { bookable: { key: 'sessionHasBookings', values: { count: 3 } } },
    });
    await expect(deleteSession(actor, event.id, sessionId)).rejects.toMatchObject({
      status: 409,
      key: 'sessionHasBookings',
      values: { count: 3 },
    });
    expect(await db.sessionBooking.count({ where: { sessionId } })).toBe(3);
    // Once every booking is cancelled, it may go.
    await db.sessionBooking.updateMany({ where: { sessionId }, data: { status: 'cancelled' } });
    await db.eventSession.update({ where: { id: sessionId }, data: { confirmedCount: 0 } });
    await deleteSession(actor, event.id, sessionId);
    expect(await db.eventSession.count({ where: { id: sessionId } })).toBe(0);
  });

  it('does not touch a session of another event', async () => {
    const { sessionId } = await bookedSession(0);
    const other = await createTestEvent();
    await expect(saveSession(actor, other.id, sessionId, sessionSchema.parse(workshop()))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
