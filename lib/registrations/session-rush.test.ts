import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { registrationInput } from '@/test/factories';
import { createSessionTestEvent, sessionCountsMismatch } from '@/test/session-fixtures';
import { createRegistration } from './service';

const settle = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

async function bookingCounts(sessionId: string) {
  const rows = await db.sessionBooking.groupBy({ by: ['status'], where: { sessionId }, _count: true });
  const of = (status: string) => rows.find((r) => r.status === status)?._count ?? 0;
  const session = await db.eventSession.findUniqueOrThrow({ where: { id: sessionId } });
  return { confirmed: of('confirmed'), waitlisted: of('waitlisted'), counter: session.confirmedCount };
}

describe('300 concurrent registrations for one 100-place session', () => {
  it('with the session waiting list: exactly 100 get a place, 200 wait for it, all keep their event seat', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ capacity: 400 }, [
      { from: 1, to: 2, capacity: 100, waitlist: true },
    ]);
    const results = await settle(
      Array.from({ length: 300 }, () => createRegistration(event, registrationInput({ sessions: sessionIds }))),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const session = sessionIds[0] as string;
    expect(await bookingCounts(session)).toEqual({ confirmed: 100, waitlisted: 200, counter: 100 });
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.confirmedCount).toBe(300);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('without one: exactly 100 registered, 200 refused with nothing written (no event seat, no row, no mail)', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ capacity: 400 }, [{ from: 1, to: 2, capacity: 100 }]);
    const inputs = Array.from({ length: 300 }, () => registrationInput({ sessions: sessionIds }));
    const results = await settle(inputs.map((input) => createRegistration(event, input)));
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(200);
    for (const r of refused) expect(isAppError(r.reason, 'EVENT_FULL') && r.reason.key).toBe('sessionFull');
    expect(await bookingCounts(sessionIds[0] as string)).toEqual({ confirmed: 100, waitlisted: 0, counter: 100 });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(100);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(100);
    const mailed = await db.outboxMail.count({ where: { recipient: { in: inputs.map((i) => i.email) } } });
    expect(mailed).toBe(100);
  });
});

describe('a hybrid event under a rush', () => {
  it('300 on site for 100 places: exactly 100 seated, 200 refused; the online pool is untouched', async () => {
    const { event } = await createSessionTestEvent(
      { capacity: 100, attendanceFormat: 'hybrid', onlineCapacity: 50 },
      [],
    );
    const results = await settle([
      ...Array.from({ length: 300 }, () => createRegistration(event, registrationInput({ mode: 'onsite' }))),
      ...Array.from({ length: 20 }, () => createRegistration(event, registrationInput({ mode: 'online' }))),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(200);
    for (const r of refused) expect(isAppError(r.reason, 'EVENT_FULL') && r.reason.key).toBe('modeFull');
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.confirmedCount, after.onlineConfirmedCount]).toEqual([100, 20]);
    const byMode = await db.registration.groupBy({ by: ['mode'], where: { eventId: event.id }, _count: true });
    expect(Object.fromEntries(byMode.map((r) => [r.mode, r._count]))).toEqual({ onsite: 100, online: 20 });
  });
});
