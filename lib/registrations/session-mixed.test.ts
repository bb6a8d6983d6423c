import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { registrationInput } from '@/test/factories';
import { createSessionTestEvent, sessionCountsMismatch } from '@/test/session-fixtures';
import { decideRegistrations } from './approval';
import { cancelRegistration } from './cancellation';
import { createGroupRegistration } from './group';
import { buildGroupRegistrationSchema } from './group-schema';
import { createRegistration } from './service';
import { changeSessions } from './session-bookings';

const person = (first: string) => ({
  firstName: first,
  lastName: 'Kollegin',
  email: `${first.toLowerCase()}.${randomBytes(4).toString('hex')}@example.test`,
});
const groupOf = (n: number) =>
  buildGroupRegistrationSchema([], 10).parse({
    submitter: person('Leitung'),
    members: Array.from({ length: n }, (_, i) => person(`Mitglied${i}`)),
    consents: { privacy: true },
  });

describe('cancellations, changes and new registrations racing for one session', () => {
  it('never oversells it and keeps its counter equal to its confirmed bookings', async () => {
    const { event, sessionIds } = await createSessionTestEvent({ capacity: 100 }, [
      { from: 1, to: 2, capacity: 10, waitlist: true },
      { from: 1, to: 2, capacity: null },
    ]);
    const [s1, s2] = sessionIds as [string, string];
    const first = [];
    for (let i = 0; i < 30; i++) first.push(await createRegistration(event, registrationInput({ sessions: [s1] })));
    const seated = first.filter((r) => r.sessions[0]?.status === 'confirmed');
    expect(seated).toHaveLength(10);
    const waiting = first.filter((r) => r.sessions[0]?.status === 'waitlisted');

    const results = await Promise.allSettled([
      ...seated.slice(0, 4).map((r) => cancelRegistration(r.id, 'attendee')),
      ...seated.slice(4, 8).map((r) => changeSessions({ registrationId: r.id, sessionIds: [s2], actor: 'attendee' })),
      ...waiting
        .slice(10, 14)
        .map((r) => changeSessions({ registrationId: r.id, sessionIds: [s2], actor: 'attendee' })),
      ...Array.from({ length: 6 }, () => createRegistration(event, registrationInput({ sessions: [s1] }))),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const s1Row = await db.eventSession.findUniqueOrThrow({ where: { id: s1 } });
    expect(s1Row.confirmedCount).toBe(10);
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
    // The 8 freed places went to the earliest on the list: the first 8 of those who waited (none of them moved).
    const promoted = await db.sessionBooking.findMany({
      where: { sessionId: s1, status: 'confirmed', registrationId: { in: waiting.map((r) => r.id) } },
      select: { registrationId: true },
    });
    expect(promoted.map((p) => p.registrationId).sort()).toEqual(
      waiting
        .slice(0, 8)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('approvals and groups per mode', () => {
  it('approves an online registration into the online pool and an on-site one with its session place', async () => {
    const { event, sessionIds } = await createSessionTestEvent(
      { attendanceFormat: 'hybrid', approvalRequired: true, capacity: 5, onlineCapacity: 5 },
      [{ from: 1, to: 2, capacity: 5 }],
    );
    const online = await createRegistration(event, registrationInput({ mode: 'online' }));
    const onsite = await createRegistration(event, registrationInput({ mode: 'onsite', sessions: sessionIds }));
    expect([online.status, onsite.status]).toEqual(['pending', 'pending']);
    expect(onsite.sessions).toEqual([{ sessionId: sessionIds[0], status: 'waitlisted' }]);
    const decided = await decideRegistrations({
      eventId: event.id,
      registrationIds: [online.id, onsite.id],
      decision: 'approve',
      actor: 'orga@example.test',
    });
    expect(decided.confirmed.sort()).toEqual([online.id, onsite.id].sort());
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.confirmedCount, after.onlineConfirmedCount]).toEqual([1, 1]);
    const booking = await db.sessionBooking.findFirstOrThrow({ where: { registrationId: onsite.id } });
    expect(booking.status).toBe('confirmed');
    expect(await sessionCountsMismatch(event.id)).toEqual([]);
  });

  it('registers a group online on an online event, and refuses one where sessions are required', async () => {
    const online = await createSessionTestEvent({ attendanceFormat: 'online', onlineCapacity: 10 }, []);
    const group = await createGroupRegistration({ event: online.event, questions: [] }, groupOf(3), {
      source: 'form',
      locale: 'de',
    });
    expect(group.status).toBe('confirmed');
    const rows = await db.registration.findMany({ where: { groupId: group.groupId } });
    expect(rows.every((r) => r.mode === 'online' && r.joinToken !== null)).toBe(true);
    expect((await db.event.findUniqueOrThrow({ where: { id: online.event.id } })).onlineConfirmedCount).toBe(3);

    const required = await createSessionTestEvent({ sessionChoice: 'required' }, [{ from: 1, to: 2 }]);
    const error = await createGroupRegistration({ event: required.event, questions: [] }, groupOf(2), {
      source: 'form',
      locale: 'de',
    }).catch((e: unknown) => e);
    expect(isAppError(error, 'INVALID_INPUT') && error.key).toBe('sessionRequired');
    expect(await db.registration.count({ where: { eventId: required.event.id } })).toBe(0);
  });
});
