import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { registrationInput } from '@/test/factories';
import { createSessionTestEvent, sessionCountsMismatch } from '@/test/session-fixtures';
import { cancelRegistration } from './cancellation';
import { switchMode } from './mode-switch';
import { createRegistration } from './service';
import { changeSessions } from './session-bookings';

const bookingOf = (registrationId: string, sessionId: string) =>
  db.sessionBooking.findUniqueOrThrow({ where: { registrationId_sessionId: { registrationId, sessionId } } });

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('releasing places', () => {
  it('a cancellation releases the seat and every booking and promotes the first on the session list', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ capacity: 10 }, [
      { from: 1, to: 2, capacity: 1, waitlist: true },
      { from: 3, to: 4 },
    ]);
    const [s1, s2] = sessionIds as [string, string];
    const a = await createRegistration(event, registrationInput({ sessions: [s1, s2] }));
    const b = await createRegistration(event, registrationInput({ sessions: [s1] }));
    const c = await createRegistration(event, registrationInput({ sessions: [s1] }));
    expect((await bookingOf(b.id, s1)).status).toBe('waitlisted');

    await cancelRegistration(a.id, 'attendee');
    expect((await bookingOf(a.id, s1)).status).toBe('cancelled');
    expect((await bookingOf(a.id, s2)).status).toBe('cancelled');
    expect((await bookingOf(b.id, s1)).status).toBe('confirmed');
    expect((await bookingOf(c.id, s1)).status).toBe('waitlisted');
    const mail = await db.outboxMail.findFirstOrThrow({ where: { registrationId: b.id, kind: 'session_promotion' } });
    expect(mail.sessionId).toBe(s1);
    expect(await db.outboxMail.count({ where: { registrationId: c.id, kind: 'session_promotion' } })).toBe(0);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(2);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('the event waiting list moving up seats the bookings that were waiting with it', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ capacity: 1, waitlistEnabled: true }, [
      { from: 1, to: 2, capacity: 5 },
    ]);
    const [s1] = sessionIds as [string];
    const a = await createRegistration(event, registrationInput({ sessions: [s1] }));
    const b = await createRegistration(event, registrationInput({ sessions: [s1] }));
    expect(b.status).toBe('waitlisted');
    expect(b.sessions).toEqual([{ sessionId: s1, status: 'waitlisted' }]);
    expect((await db.eventSession.findUniqueOrThrow({ where: { id: s1 } })).confirmedCount).toBe(1);

    expect((await cancelRegistration(a.id, 'attendee')).promotedId).toBe(b.id);
    expect((await bookingOf(b.id, s1)).status).toBe('confirmed');
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });
});

describe('changing sessions', () => {
  it('drops, promotes the first on the dropped session list, books the new one, mails and audits', async () => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 2, capacity: 1, waitlist: true },
      { from: 1, to: 2, capacity: 1 },
    ]);
    const [s1, s2] = sessionIds as [string, string];
    const a = await createRegistration(event, registrationInput({ sessions: [s1] }));
    const b = await createRegistration(event, registrationInput({ sessions: [s1] }));

    const changed = await changeSessions({ registrationId: a.id, sessionIds: [s2], actor: 'attendee' });
    expect(changed).toEqual({ bookings: [{ sessionId: s2, status: 'confirmed' }], promotedIds: [b.id] });
    expect((await bookingOf(b.id, s1)).status).toBe('confirmed');
    expect(await db.outboxMail.count({ where: { registrationId: a.id, kind: 'booking_changed' } })).toBe(1);
    expect(await db.auditLog.count({ where: { registrationId: a.id, action: 'registration.sessions' } })).toBe(1);

    // Back to the now full s1: its waiting list (the dropped row is reused), and s2 is free again.
    const back = await changeSessions({ registrationId: a.id, sessionIds: [s1], actor: 'attendee' });
    expect(back.bookings).toEqual([{ sessionId: s1, status: 'waitlisted' }]);
    expect((await db.eventSession.findUniqueOrThrow({ where: { id: s2 } })).confirmedCount).toBe(0);
    expect(await db.sessionBooking.count({ where: { registrationId: a.id } })).toBe(2);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('refuses a full session without a waiting list and changes nothing', async () => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 2 },
      { from: 3, to: 4, capacity: 1 },
    ]);
    const [s1, s2] = sessionIds as [string, string];
    await createRegistration(event, registrationInput({ sessions: [s2] }));
    const a = await createRegistration(event, registrationInput({ sessions: [s1] }));
    const error = await errorOf(changeSessions({ registrationId: a.id, sessionIds: [s2], actor: 'attendee' }));
    expect(isAppError(error, 'EVENT_FULL') && error.key).toBe('sessionFull');
    expect((await bookingOf(a.id, s1)).status).toBe('confirmed');
    expect(await db.outboxMail.count({ where: { registrationId: a.id, kind: 'booking_changed' } })).toBe(0);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });
});

describe('switching mode', () => {
  it('moves the seat between the pools, drops on-site bookings going online and promotes in the old pool', async () => {
    const { event, sessionIds } = await createSessionTestEvent(
      { attendanceFormat: 'hybrid', capacity: 1, onlineCapacity: 1, waitlistEnabled: true },
      [{ from: 1, to: 2, capacity: 1, waitlist: true }],
    );
    const [s1] = sessionIds as [string];
    const a = await createRegistration(event, registrationInput({ mode: 'onsite', sessions: [s1] }));
    const b = await createRegistration(event, registrationInput({ mode: 'onsite', sessions: [s1] }));
    expect(b.status).toBe('waitlisted');

    const switched = await switchMode({ registrationId: a.id, mode: 'online', actor: 'attendee' });
    expect(switched).toMatchObject({ mode: 'online', status: 'confirmed', promotedId: b.id });
    expect(switched.joinToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await bookingOf(a.id, s1)).status).toBe('cancelled');
    // b got the event seat and, with it, the session place a gave up.
    expect((await bookingOf(b.id, s1)).status).toBe('confirmed');
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.confirmedCount, after.onlineConfirmedCount]).toEqual([1, 1]);
    expect(await db.auditLog.count({ where: { registrationId: a.id, action: 'registration.mode' } })).toBe(1);

    // Both pools full now: b cannot go online, and nothing changes.
    const error = await errorOf(switchMode({ registrationId: b.id, mode: 'online', actor: 'attendee' }));
    expect(isAppError(error, 'EVENT_FULL') && error.key).toBe('modeFull');
    const row = await db.registration.findUniqueOrThrow({ where: { id: b.id } });
    expect([row.mode, row.status, row.joinToken]).toEqual(['onsite', 'confirmed', null]);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('refuses a switch where the event is not hybrid', async () => {
    const { event } = await createSessionTestEvent({}, []);
    const a = await createRegistration(event, registrationInput());
    const error = await errorOf(switchMode({ registrationId: a.id, mode: 'online', actor: 'attendee' }));
    expect(isAppError(error, 'INVALID_INPUT') && error.key).toBe('modeUnavailable');
  });
});
