import { afterAll, describe, expect, it } from 'vitest';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';

// SMTP_URL must be set before lib/server/env.ts is first imported, hence the dynamic imports.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;
const { deliverOutboxMail } = await import('./deliver');
const { enqueueDueReminders } = await import('./reminders');
const { db } = await import('@/lib/server/db');
const { cancelRegistration } = await import('@/lib/registrations/cancellation');
const { createRegistration } = await import('@/lib/registrations/service');
const { createTestEvent, registrationInput } = await import('@/test/factories');

afterAll(() => sink.close());

const DAY = 24 * 60 * 60 * 1000;
// Far in the future, so events of other test files (which share this database) are never due here.
const now = new Date(Date.UTC(2100, 0, 10, 8, 0));

async function eventStarting(inDays: number, overrides: Parameters<typeof createTestEvent>[0] = {}) {
  const startsAt = new Date(now.getTime() + inDays * DAY);
  return createTestEvent({
    startsAt,
    endsAt: new Date(startsAt.getTime() + 8 * 3600_000),
    capacity: 2,
    waitlistEnabled: true,
    ...overrides,
  });
}

async function register(event: Parameters<typeof createRegistration>[0]) {
  return createRegistration(event, registrationInput());
}

describe('event reminders', () => {
  it('go once, only to confirmed attendees of events whose reminder time has come', async () => {
    const due = await eventStarting(1.5, {
      title: 'Erinnerungskonferenz',
      venueDirections: 'Straßenbahn 11 bis Haltestelle Koburger Brücke.',
    });
    const [a, b, waiting, gone] = [await register(due), await register(due), await register(due), await register(due)];
    expect([a.status, b.status, waiting.status, gone.status]).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    await cancelRegistration(gone.id, 'attendee');
    const notYet = await eventStarting(5);
    await register(notYet);
    const off = await eventStarting(1, { reminderDaysBefore: null });
    await register(off);

    const first = await enqueueDueReminders(now);
    expect(first.events).toBe(1);
    const rows = await db.outboxMail.findMany({
      where: { kind: 'reminder', eventId: { in: [due.id, notYet.id, off.id] } },
      select: { id: true, registrationId: true },
    });
    expect(rows.map((r) => r.registrationId).sort()).toEqual([a.id, b.id].sort());
    // A second run (another worker, the next cron tick) queues nothing again.
    expect(await enqueueDueReminders(now)).toEqual({ events: 0, mails: 0 });

    // Someone who cancels after the reminders were queued does not get one.
    await cancelRegistration(b.id, 'attendee');
    const before = sink.messages.length;
    const outcomes = [];
    for (const row of rows) outcomes.push(await deliverOutboxMail(row.id, { isLast: false }));
    expect(outcomes.sort()).toEqual(['sent', 'skipped']);
    const mails = sink.messages.slice(before);
    expect(mails.flatMap(recipientsOf)).toEqual([a.email]);
    expect(mails[0]?.subject).toContain('Erinnerungskonferenz');
    expect(mails[0]?.text).toContain('Koburger Brücke');
  });

  it('do not go out for an event that has already started', async () => {
    const started = await eventStarting(-0.1);
    await db.registration.create({
      data: {
        eventId: started.id,
        ticketCode: `T${Date.now()}`.padEnd(32, '0'),
        manageToken: `m${Date.now()}`,
        firstName: 'A',
        lastName: 'B',
        email: 'started@example.test',
        privacyConsentVersion: '1',
        privacyConsentAt: now,
      },
    });
    await enqueueDueReminders(now);
    expect(await db.outboxMail.count({ where: { kind: 'reminder', eventId: started.id } })).toBe(0);
  });
});
