import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createIsolatedDatabase } from '@/test/database';
import { until } from '@/test/wait';

// A worker takes every job in its database, so this file gets a database of its own. Without SMTP_URL
// (test/setup-env.ts) mails are captured in the database and count as sent.
const isolated = await createIsolatedDatabase(inject('templateDatabaseUrl'));
Object.assign(process.env, { DATABASE_URL: isolated.url, MAIL_POLL_SECONDS: '0.5', MAIL_MAINTENANCE_SECONDS: '1' });
const { startJobWorker } = await import('./worker');
const { registeredJobs } = await import('./registry');
const { createRegistration } = await import('@/lib/registrations/service');
const { db, disconnectDb } = await import('@/lib/server/db');
const { getProducer, txExecutor } = await import('@/lib/server/queue');
const { createTestEvent, registrationInput } = await import('@/test/factories');
const { pastEventWithRegistrations } = await import('@/test/retention-fixtures');

const DAY = 24 * 60 * 60 * 1000;
let worker: Awaited<ReturnType<typeof startJobWorker>> | undefined;

afterAll(async () => {
  await worker?.stop(5_000);
  await disconnectDb();
  await isolated.drop();
});

const statusOf = async (outboxId: string) =>
  (await db.outboxMail.findUniqueOrThrow({ where: { id: outboxId }, select: { status: true } })).status;

describe('job worker', () => {
  it('works every registered queue: sends mail, queues reminders, relays orphaned mail, anonymises', async () => {
    // Reminders are due for an event that starts tomorrow; its registration's confirmation goes through the mail queue.
    const upcoming = await createTestEvent({ startsAt: new Date(Date.now() + DAY), reminderDaysBefore: 2 });
    const registration = await createRegistration(upcoming, registrationInput());
    const confirmation = await db.outboxMail.findFirstOrThrow({
      where: { registrationId: registration.id, kind: 'confirmation' },
    });
    // An outbox row whose job was never inserted, older than the relay's grace period.
    const orphan = await db.outboxMail.create({
      data: {
        id: randomUUID(),
        kind: 'confirmation',
        recipient: registration.email,
        eventId: upcoming.id,
        registrationId: registration.id,
        createdAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const past = await pastEventWithRegistrations(new Date(Date.UTC(2001, 2, 1, 17)), [{}]);

    // The periodic jobs' next ticks may be far off: one job each, queued before the worker fetches for the first time.
    const periodic = registeredJobs.filter((job) => job.schedule);
    for (const job of periodic) await getProducer().send(job.name, {}, { db: txExecutor(db) });
    worker = await startJobWorker({ log: () => undefined });

    await until(
      async () => (await db.event.findUniqueOrThrow({ where: { id: past.event.id } })).anonymizedAt !== null,
      30_000,
      'the retention run',
    );
    await until(async () => (await statusOf(orphan.id)) === 'sent', 30_000, 'the relayed mail');
    await until(
      async () => (await db.outboxMail.count({ where: { registrationId: registration.id, status: 'sent' } })) === 3,
      30_000,
      'confirmation, relayed mail and reminder sent',
    );
    expect(await statusOf(confirmation.id)).toBe('sent');
    const reminder = await db.outboxMail.findFirstOrThrow({
      where: { registrationId: registration.id, kind: 'reminder' },
    });
    expect(reminder.status).toBe('sent');
    expect((await db.event.findUniqueOrThrow({ where: { id: upcoming.id } })).reminderQueuedAt).not.toBeNull();

    // pg-boss marks a job completed just after its handler returns.
    const completedQueues = async () =>
      (await db.$queryRaw<{ name: string }[]>`SELECT DISTINCT name FROM pgboss.job WHERE state = 'completed'`)
        .map((r) => r.name)
        .sort()
        .join();
    const registered = registeredJobs
      .map((job) => job.name)
      .sort()
      .join();
    await until(async () => (await completedQueues()) === registered, 10_000, 'a completed job in every queue');
  }, 60_000);

  it('installs the schedule of every periodic job', async () => {
    const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string }[]>`
      SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`;
    const expected = registeredJobs
      .filter((job) => job.schedule)
      .map((job) => ({ name: job.name, cron: job.schedule!.cron, timezone: job.schedule!.tz ?? 'UTC' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(schedules).toEqual(expected);
  });
});
