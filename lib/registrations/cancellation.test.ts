import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { cancelRegistration } from './cancellation';
import { createRegistration } from './service';

async function counts(eventId: string) {
  const groups = await db.registration.groupBy({ by: ['status'], where: { eventId }, _count: true });
  const by = Object.fromEntries(groups.map((g) => [g.status, g._count]));
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { confirmedCount: true } });
  return {
    confirmed: by.confirmed ?? 0,
    waitlisted: by.waitlisted ?? 0,
    cancelled: by.cancelled ?? 0,
    counter: event.confirmedCount,
  };
}

describe('capacity under a rush', () => {
  it('300 concurrent registrations for 100 seats: exactly 100 confirmed, 200 waitlisted; 30 concurrent cancellations refill to 100', async () => {
    const event = await createTestEvent({ capacity: 100, waitlistEnabled: true });
    const created = await Promise.all(
      Array.from({ length: 300 }, () => createRegistration(event, registrationInput())),
    );
    expect(new Set(created.map((r) => r.id)).size).toBe(300);
    expect(await counts(event.id)).toEqual({ confirmed: 100, waitlisted: 200, cancelled: 0, counter: 100 });

    const confirmed = created.filter((r) => r.status === 'confirmed').slice(0, 30);
    const results = await Promise.all(confirmed.map((r) => cancelRegistration(r.id, 'attendee')));
    const promoted = results.map((r) => r.promotedId).filter(Boolean);
    expect(new Set(promoted).size).toBe(30);
    expect(await counts(event.id)).toEqual({ confirmed: 100, waitlisted: 170, cancelled: 30, counter: 100 });

    // Promotion follows arrival order: the 30 earliest waitlisted registrations got the seats.
    const waitlistOrder = await db.registration.findMany({
      where: { eventId: event.id, OR: [{ status: 'waitlisted' }, { promotedAt: { not: null } }] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, promotedAt: true },
    });
    expect(waitlistOrder.slice(0, 30).every((r) => r.promotedAt !== null)).toBe(true);
    expect(waitlistOrder.slice(30).every((r) => r.promotedAt === null)).toBe(true);
  });

  it('cancelling is idempotent and a waitlisted cancellation frees no seat', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const c = await createRegistration(event, registrationInput());
    expect(await cancelRegistration(b.id, 'attendee')).toEqual({ cancelled: true, promotedId: null, reopened: false });
    expect(await cancelRegistration(b.id, 'attendee')).toEqual({ cancelled: false, promotedId: null, reopened: false });
    expect(await cancelRegistration(a.id, 'orga@example.test')).toEqual({
      cancelled: true,
      promotedId: c.id,
      reopened: false,
    });
    expect(await counts(event.id)).toEqual({ confirmed: 1, waitlisted: 0, cancelled: 2, counter: 1 });
    const row = await db.registration.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.cancelledBy).toBe('orga@example.test');
  });

  it('gives the seat back when nobody waits, so the next registration is confirmed', async () => {
    const event = await createTestEvent({ capacity: 1 });
    const a = await createRegistration(event, registrationInput());
    await cancelRegistration(a.id, 'attendee');
    expect((await counts(event.id)).counter).toBe(0);
    expect((await createRegistration(event, registrationInput())).status).toBe('confirmed');
  });
});

describe('full and reopened, for the cached event page', () => {
  it('reports the registration that takes the last seat and the cancellation that frees it again, and nothing in between', async () => {
    const event = await createTestEvent({ capacity: 2, waitlistEnabled: true });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const c = await createRegistration(event, registrationInput());
    expect([a, b, c].map((r) => [r.status, r.filledLastSeat])).toEqual([
      ['confirmed', false],
      ['confirmed', true],
      ['waitlisted', false],
    ]);
    // c moves up: still full.
    expect(await cancelRegistration(a.id, 'attendee')).toEqual({ cancelled: true, promotedId: c.id, reopened: false });
    // Nobody waits: a seat is free again; a second free seat changes nothing more.
    expect(await cancelRegistration(b.id, 'attendee')).toMatchObject({
      cancelled: true,
      promotedId: null,
      reopened: true,
    });
    expect(await cancelRegistration(c.id, 'attendee')).toMatchObject({
      cancelled: true,
      promotedId: null,
      reopened: false,
    });
  });

  it('under a rush exactly one registration fills the event', async () => {
    const event = await createTestEvent({ capacity: 10, waitlistEnabled: true });
    const created = await Promise.all(Array.from({ length: 30 }, () => createRegistration(event, registrationInput())));
    expect(created.filter((r) => r.filledLastSeat)).toHaveLength(1);
  });

  it('never reports a full event for an event without a capacity', async () => {
    const event = await createTestEvent({ capacity: null });
    const a = await createRegistration(event, registrationInput());
    expect(a.filledLastSeat).toBe(false);
    expect((await cancelRegistration(a.id, 'attendee')).reopened).toBe(false);
  });
});

describe('after a cancellation', () => {
  it('the same address can register again, and only one active registration per address exists', async () => {
    const event = await createTestEvent({ capacity: 10 });
    const input = registrationInput();
    const first = await createRegistration(event, input);
    await cancelRegistration(first.id, 'attendee');
    const again = await createRegistration(event, input);
    expect(again.status).toBe('confirmed');
    await expect(createRegistration(event, input)).rejects.toMatchObject({ code: 'ALREADY_REGISTERED' });
    expect(await db.registration.count({ where: { eventId: event.id, email: input.email } })).toBe(2);
  });
});

describe('once the event has started', () => {
  it('attendees can no longer cancel, and an organizer cancellation promotes nobody', async () => {
    const startsAt = new Date(Date.now() + 60 * 60 * 1000);
    const event = await createTestEvent({
      capacity: 1,
      waitlistEnabled: true,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
    });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const during = new Date(startsAt.getTime() + 60_000);
    await expect(cancelRegistration(a.id, 'attendee', during, { refuseAfterStart: true })).rejects.toMatchObject({
      code: 'REGISTRATION_CLOSED',
    });
    expect(await cancelRegistration(a.id, 'orga@example.test', during)).toEqual({
      cancelled: true,
      promotedId: null,
      reopened: false,
    });
    expect((await db.registration.findUniqueOrThrow({ where: { id: b.id } })).status).toBe('waitlisted');
  });
});

describe('promotion while the first waitlisted row is busy', () => {
  it('waits for a brief edit of that row instead of skipping the person', async () => {
    const pg = (await import('pg')).default;
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const a = await createRegistration(event, registrationInput());
    const b = await createRegistration(event, registrationInput());
    const c = await createRegistration(event, registrationInput());
    const editor = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await editor.connect();
    await editor.query('BEGIN');
    await editor.query('SELECT id FROM "Registration" WHERE id = $1 FOR UPDATE', [b.id]);
    const cancelling = cancelRegistration(a.id, 'attendee');
    await new Promise((r) => setTimeout(r, 300));
    await editor.query('COMMIT');
    await editor.end();
    expect((await cancelling).promotedId).toBe(b.id);
    expect((await db.registration.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('waitlisted');
  });
});

describe('the cancellation mail records what became of the place', () => {
  const variantOf = async (registrationId: string) =>
    (
      await db.outboxMail.findFirstOrThrow({
        where: { registrationId, kind: 'cancellation' },
        select: { variant: true },
      })
    ).variant;

  it('"seat_passed_on" when someone moved up, "seat_freed" when nobody waited, "waitlist_left" without a seat', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const seated = await createRegistration(event, registrationInput());
    const waiting = await createRegistration(event, registrationInput());
    const alsoWaiting = await createRegistration(event, registrationInput());
    await cancelRegistration(alsoWaiting.id, 'attendee');
    expect(await variantOf(alsoWaiting.id)).toBe('waitlist_left');
    await cancelRegistration(seated.id, 'attendee');
    expect(await variantOf(seated.id)).toBe('seat_passed_on');
    // The person who moved up now holds the seat, and nobody else is waiting.
    await cancelRegistration(waiting.id, 'attendee');
    expect(await variantOf(waiting.id)).toBe('seat_freed');
  });
});
