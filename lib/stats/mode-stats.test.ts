import { describe, expect, it } from 'vitest';
import { createTestEvent } from '@/test/factories';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { aggregateEventStats } from './queries';

describe('statistics by mode and per session', () => {
  it('counts registrations per mode and status, and each session’s fill', async () => {
    const event = await createTestEvent({ attendanceFormat: 'hybrid' });
    const session = await createBookableSession(event, { title: 'KI im Amt', capacity: 4 });
    const onsite = await createPerson(event.id, { lastName: 'Adler' });
    await createPerson(event.id, { lastName: 'Bach', status: 'cancelled' });
    await createPerson(event.id, { lastName: 'Cramer', mode: 'online' });
    await createPerson(event.id, { lastName: 'Dietz', mode: 'online', status: 'waitlisted' });
    await book(onsite, session.id, 'confirmed', { checkedInAt: new Date() });

    const stats = await aggregateEventStats(event, new Date());
    expect(stats.byMode).toEqual([
      { mode: 'onsite', confirmed: 1, waitlisted: 0, cancelled: 1 },
      { mode: 'online', confirmed: 1, waitlisted: 1, cancelled: 0 },
    ]);
    expect(stats.sessions.map((s) => [s.title, s.booked, s.capacity, s.waiting, s.checkedIn])).toEqual([
      ['KI im Amt', 1, 4, 0, 1],
    ]);
  });
});
