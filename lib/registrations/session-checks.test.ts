import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { registrationInput } from '@/test/factories';
import { createSessionTestEvent } from '@/test/session-fixtures';
import { createRegistration } from './service';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { status: error.status, key: error.key, fields: Object.keys(error.fieldErrors ?? {}) };
}

async function nothingWritten(eventId: string, email: string) {
  expect(await db.registration.count({ where: { eventId } })).toBe(0);
  expect(await db.sessionBooking.count({ where: { eventId } })).toBe(0);
  expect(await db.outboxMail.count({ where: { recipient: email } })).toBe(0);
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  expect([event.confirmedCount, event.onlineConfirmedCount]).toEqual([0, 0]);
}

describe('a wrong choice is a 400 at its field, with nothing written', () => {
  it.each([
    ['an unknown session', 'sessionUnknown', (ids: string[]) => [...ids.slice(0, 1), 'no-such-session']],
    ['a session twice', 'sessionDuplicate', (ids: string[]) => [ids[0], ids[0]]],
    ['two overlapping sessions', 'sessionOverlap', (ids: string[]) => [ids[0], ids[1]]],
  ])('refuses %s', async (_name, key, choose) => {
    const { event, sessionIds } = await createSessionTestEvent({}, [
      { from: 1, to: 3 },
      { from: 2, to: 4 },
    ]);
    const input = registrationInput({ sessions: choose(sessionIds) as string[] });
    expect(await refusal(createRegistration(event, input))).toEqual({ status: 400, key, fields: ['sessions'] });
    await nothingWritten(event.id, input.email);
  });

  it('refuses a session of another event and a programme point that is not bookable', async () => {
    const { event } = await createSessionTestEvent({}, [{ from: 1, to: 2 }]);
    const other = await createSessionTestEvent({}, [{ from: 1, to: 2 }]);
    const plain = await db.eventSession.create({
      data: { eventId: event.id, title: 'Plenum', startsAt: event.startsAt, endsAt: event.endsAt },
    });
    for (const id of [other.sessionIds[0] as string, plain.id]) {
      const input = registrationInput({ sessions: [id] });
      expect((await refusal(createRegistration(event, input))).key).toBe('sessionUnknown');
      await nothingWritten(event.id, input.email);
    }
  });

  it('refuses a mode the event does not offer, and sessions with online attendance', async () => {
    const onsite = await createSessionTestEvent({}, []);
    const input = registrationInput({ mode: 'online' });
    expect(await refusal(createRegistration(onsite.event, input))).toEqual({
      status: 400,
      key: 'modeUnavailable',
      fields: ['mode'],
    });
    await nothingWritten(onsite.event.id, input.email);
    const hybrid = await createSessionTestEvent({ attendanceFormat: 'hybrid' }, [{ from: 1, to: 2 }]);
    const online = registrationInput({ mode: 'online', sessions: hybrid.sessionIds });
    expect((await refusal(createRegistration(hybrid.event, online))).key).toBe('sessionOnlineMode');
    await nothingWritten(hybrid.event.id, online.email);
  });

  it('asks one session per time slot where the choice is required', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ sessionChoice: 'required' }, [
      { from: 1, to: 2 },
      { from: 1, to: 2 },
      { from: 3, to: 4 },
    ]);
    const input = registrationInput({ sessions: [sessionIds[0] as string] });
    expect((await refusal(createRegistration(event, input))).key).toBe('sessionRequired');
    await nothingWritten(event.id, input.email);
    const ok = await createRegistration(
      event,
      registrationInput({ sessions: [sessionIds[1], sessionIds[2]] as string[] }),
    );
    expect(ok.sessions).toHaveLength(2);
  });

  it('uses the online pool on an online-only event without being asked', async () => {
    const { event } = await createSessionTestEvent({ attendanceFormat: 'online', onlineCapacity: null }, []);
    const created = await createRegistration(event, registrationInput());
    expect(created.mode).toBe('online');
    expect(created.joinToken).not.toBeNull();
  });
});
