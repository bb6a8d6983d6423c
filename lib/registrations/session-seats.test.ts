import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { registrationInput } from '@/test/factories';
import { createSessionTestEvent, sessionCountsMismatch } from '@/test/session-fixtures';
import { createRegistration } from './service';

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('the seat statement with sessions and modes', () => {
  it('takes the event seat and the chosen session places in one go', async () => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 2 },
      { from: 3, to: 4 },
    ]);
    const created = await createRegistration(event, registrationInput({ sessions: sessionIds }));
    expect(created.status).toBe('confirmed');
    expect(created.mode).toBe('onsite');
    expect(created.joinToken).toBeNull();
    expect(created.sessions.map((s) => s.status)).toEqual(['confirmed', 'confirmed']);
    const sessions = await db.eventSession.findMany({ where: { eventId: event.id } });
    expect(sessions.map((s) => s.confirmedCount)).toEqual([1, 1]);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('refuses a full session without a waiting list and writes nothing', async () => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 2, capacity: 1 },
      { from: 3, to: 4 },
    ]);
    await createRegistration(event, registrationInput({ sessions: [sessionIds[0] as string] }));
    const input = registrationInput({ sessions: sessionIds });
    const error = await errorOf(createRegistration(event, input));
    expect(isAppError(error, 'EVENT_FULL') && error.key).toBe('sessionFull');
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db.outboxMail.count({ where: { recipient: input.email } })).toBe(0);
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(after.confirmedCount).toBe(1);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('gives an online registration a join token and the online pool', async () => {
    const { event } = await createSessionTestEvent({ attendanceFormat: 'hybrid', onlineCapacity: 5 }, []);
    const created = await createRegistration(event, registrationInput({ mode: 'online' }));
    expect(created.mode).toBe('online');
    expect(created.joinToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.confirmedCount, after.onlineConfirmedCount]).toEqual([0, 1]);
  });
});
