import { describe, expect, it } from 'vitest';
import { createTestEvent } from '@/test/factories';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { db } from '@/lib/server/db';
import { modeCounts, sessionEntries, sessionFills } from './list-sql';

const MINUTE = 60_000;

describe('session lists', () => {
  it('counts booked, waiting and checked-in people per bookable session, in time order', async () => {
    const event = await createTestEvent();
    const late = await createBookableSession(event, { title: 'Später', fromHour: 3, capacity: 2 });
    const early = await createBookableSession(event, { title: 'Früher', fromHour: 1, capacity: null });
    await db.eventSession.create({
      data: { eventId: event.id, title: 'Plenum', startsAt: event.startsAt, bookable: false },
    });
    const [a, b, c, d] = await Promise.all(
      ['Adler', 'Bach', 'Cramer', 'Dietz'].map((lastName) => createPerson(event.id, { lastName })),
    );
    await book(a!, late.id, 'confirmed', { checkedInAt: new Date() });
    await book(b!, late.id, 'confirmed');
    await book(c!, late.id, 'waitlisted');
    await book(d!, late.id, 'cancelled');
    await book(d!, early.id, 'confirmed');

    const fills = await sessionFills(event.id);
    expect(fills.map((s) => [s.title, s.capacity, s.booked, s.waiting, s.checkedIn])).toEqual([
      ['Früher', null, 1, 0, 0],
      ['Später', 2, 2, 1, 1],
    ]);
  });

  it('lists the booked people by name and the waiting list in the order it is promoted in', async () => {
    const event = await createTestEvent();
    const session = await createBookableSession(event, { title: 'Workshop', capacity: 2 });
    const t0 = Date.now();
    const people = await Promise.all(
      ['Zimmer', 'Ähren', 'Wolf', 'Vogel', 'Otto'].map((lastName) => createPerson(event.id, { lastName })),
    );
    const [zimmer, aehren, wolf, vogel, otto] = people as [(typeof people)[0] & object, ...typeof people];
    await book(zimmer, session.id, 'confirmed');
    await book(aehren!, session.id, 'confirmed');
    // Waiting order is requestedAt, not the name: Wolf asked last.
    await book(wolf!, session.id, 'waitlisted', { requestedAt: new Date(t0 + 2 * MINUTE) });
    await book(vogel!, session.id, 'waitlisted', { requestedAt: new Date(t0 + MINUTE) });
    await book(otto!, session.id, 'cancelled');

    const entries = await sessionEntries(session.id);
    expect(entries.map((e) => [e.lastName, e.status])).toEqual([
      ['Ähren', 'confirmed'],
      ['Zimmer', 'confirmed'],
      ['Vogel', 'waitlisted'],
      ['Wolf', 'waitlisted'],
    ]);
  });

  it('counts registrations by mode and status', async () => {
    const event = await createTestEvent({ attendanceFormat: 'hybrid' });
    await createPerson(event.id, { lastName: 'A', mode: 'online' });
    await createPerson(event.id, { lastName: 'B', mode: 'online' });
    await createPerson(event.id, { lastName: 'C', mode: 'online', status: 'waitlisted' });
    await createPerson(event.id, { lastName: 'D' });
    expect(await modeCounts(event.id)).toEqual([
      { mode: 'onsite', status: 'confirmed', count: 1 },
      { mode: 'online', status: 'confirmed', count: 2 },
      { mode: 'online', status: 'waitlisted', count: 1 },
    ]);
  });
});
