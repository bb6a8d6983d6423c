import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zonedDateTime } from '@/lib/format';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { aggregateEventStats } from './queries';
import { fillDays } from './series';

type Row = {
  createdAt: Date;
  status?: 'confirmed' | 'waitlisted' | 'cancelled';
  checkedInAt?: Date;
  sector?: string;
  state?: string;
};

async function eventWith(rows: Row[]) {
  const event = await createTestEvent({
    startsAt: zonedDateTime(2025, 4, 3, 9),
    endsAt: zonedDateTime(2025, 4, 3, 17),
  });
  await db.registration.createMany({
    data: rows.map((r) => ({
      eventId: event.id,
      ticketCode: randomBytes(16).toString('hex'),
      manageToken: randomBytes(16).toString('hex'),
      firstName: 'Erika',
      lastName: 'Müller',
      email: `${randomBytes(5).toString('hex')}@example.test`,
      status: r.status ?? 'confirmed',
      createdAt: r.createdAt,
      checkedInAt: r.checkedInAt ?? null,
      sector: r.sector ?? null,
      state: r.state ?? null,
      privacyConsentVersion: 'test',
      privacyConsentAt: r.createdAt,
    })),
  });
  return event;
}

const utc = (iso: string) => new Date(iso);

describe('event statistics', () => {
  it('counts registrations per day in Europe/Berlin, around the switch to summer time', async () => {
    const event = await eventWith([
      // 23:30 UTC on 29 March is 00:30 CET on 30 March (the night clocks go forward).
      { createdAt: utc('2025-03-29T23:30:00Z') },
      { createdAt: utc('2025-03-29T22:59:00Z') }, // 23:59 CET on 29 March
      // 22:30 UTC on 30 March is already 00:30 CEST on 31 March.
      { createdAt: utc('2025-03-30T22:30:00Z'), status: 'cancelled' },
      { createdAt: utc('2025-04-01T21:59:00Z'), status: 'waitlisted' }, // 23:59 CEST on 1 April
    ]);
    const stats = await aggregateEventStats(event, utc('2025-03-01T00:00:00Z'));
    expect(stats.registrationsByDay).toEqual([
      { day: '2025-03-29', count: 1, cumulative: 1 },
      { day: '2025-03-30', count: 1, cumulative: 2 },
      { day: '2025-03-31', count: 1, cumulative: 3 },
      { day: '2025-04-01', count: 1, cumulative: 4 },
    ]);
    expect(stats.counts).toEqual({ confirmed: 2, waitlisted: 1, cancelled: 1, total: 4 });
  });

  it('computes the check-in rate, arrivals per Berlin hour and the split by Bereich and Bundesland (confirmed only)', async () => {
    const created = utc('2025-03-01T10:00:00Z');
    const event = await eventWith([
      { createdAt: created, sector: 'Verwaltung', state: 'Sachsen', checkedInAt: utc('2025-04-03T07:10:00Z') },
      { createdAt: created, sector: 'Verwaltung', state: 'Thüringen', checkedInAt: utc('2025-04-03T07:50:00Z') },
      { createdAt: created, sector: 'Wirtschaft', state: 'Sachsen', checkedInAt: utc('2025-04-03T08:05:00Z') },
      { createdAt: created, sector: 'Wirtschaft' },
      { createdAt: created },
      { createdAt: created, status: 'cancelled', sector: 'Politik', checkedInAt: utc('2025-04-03T07:15:00Z') },
    ]);
    const stats = await aggregateEventStats(event, utc('2025-04-03T09:00:00Z'));
    expect(stats.checkedIn).toBe(3);
    expect(stats.checkInRate).toBeCloseTo(3 / 5);
    expect(stats.arrivalsByHour).toEqual([
      { hour: '2025-04-03T09:00', count: 2 },
      { hour: '2025-04-03T10:00', count: 1 },
    ]);
    expect(stats.bySector).toEqual([
      { key: 'Verwaltung', count: 2 },
      { key: 'Wirtschaft', count: 2 },
      { key: null, count: 1 },
    ]);
    expect(stats.byState).toEqual([
      { key: 'Sachsen', count: 2 },
      { key: null, count: 2 },
      { key: 'Thüringen', count: 1 },
    ]);
  });

  it('reports no-shows only once the event has ended', async () => {
    const created = utc('2025-03-01T10:00:00Z');
    const event = await eventWith([
      { createdAt: created, checkedInAt: utc('2025-04-03T07:10:00Z') },
      { createdAt: created },
      { createdAt: created },
      { createdAt: created, status: 'waitlisted' },
    ]);
    expect((await aggregateEventStats(event, utc('2025-04-03T14:59:00Z'))).noShows).toBeNull(); // 16:59 in Leipzig
    expect((await aggregateEventStats(event, event.endsAt)).noShows).toBe(2);
  });

  it('returns zeros and empty series for an event without registrations', async () => {
    const event = await eventWith([]);
    const stats = await aggregateEventStats(event, utc('2025-05-01T00:00:00Z'));
    expect(stats).toEqual({
      counts: { confirmed: 0, waitlisted: 0, cancelled: 0, total: 0 },
      checkedIn: 0,
      checkInRate: null,
      noShows: 0,
      bySector: [],
      byState: [],
      registrationsByDay: [],
      arrivalsByHour: [],
      byMode: [],
      sessions: [],
    });
  });
});

describe('fillDays', () => {
  it('fills days without registrations across month ends', () => {
    expect(
      fillDays(
        new Map([
          ['2025-02-27', 2],
          ['2025-03-02', 1],
        ]),
      ),
    ).toEqual([
      { day: '2025-02-27', count: 2, cumulative: 2 },
      { day: '2025-02-28', count: 0, cumulative: 2 },
      { day: '2025-03-01', count: 0, cumulative: 2 },
      { day: '2025-03-02', count: 1, cumulative: 3 },
    ]);
  });
});
