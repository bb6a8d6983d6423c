import { afterAll, describe, expect, inject, it } from 'vitest';
import { createIsolatedDatabase, getFreePort } from '@/test/database';
import { recipientsOf, startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { until } from '@/test/wait';

// A queue worker takes every job in its database, so this file gets a database of its own.
const isolated = await createIsolatedDatabase(inject('templateDatabaseUrl'));
const smtpPort = await getFreePort();
Object.assign(process.env, {
  DATABASE_URL: isolated.url,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  // The retry window shortened for the test: 1 s, 2 s, 4 s, … between attempts.
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_HOURS: '0.05',
  MAIL_POLL_SECONDS: '0.5',
  MAIL_MAINTENANCE_SECONDS: '1',
});
const { startJobWorker } = await import('@/lib/jobs/worker');
const { createRegistration } = await import('@/lib/registrations/service');
const { db, disconnectDb } = await import('@/lib/server/db');
const { createTestEvent, registrationInput } = await import('@/test/factories');

let sink: SmtpSink | undefined;
const worker = await startJobWorker({ log: () => undefined });

afterAll(async () => {
  await worker.stop(5_000);
  await sink?.close();
  await disconnectDb();
  await isolated.drop();
});

describe('SMTP outage', () => {
  it('accepts 50 registrations while the mail server is down, then delivers all 50 mails exactly once', async () => {
    const event = await createTestEvent({ capacity: 100, title: 'Ausfallkonferenz' });
    const inputs = Array.from({ length: 50 }, () => registrationInput());
    const created = await Promise.all(inputs.map((input) => createRegistration(event, input)));
    expect(created.every((c) => c.status === 'confirmed')).toBe(true);

    // The worker really tried and failed while the listener was down.
    await until(
      async () => (await db.outboxMail.count({ where: { eventId: event.id, status: 'retrying' } })) >= 10,
      20_000,
      'failed attempts',
    );
    const failed = await db.outboxMail.findFirstOrThrow({
      where: { eventId: event.id, status: 'retrying' },
      select: { lastError: true },
    });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await db.outboxMail.count({ where: { eventId: event.id, status: 'sent' } })).toBe(0);

    sink = await startSmtpSink({ port: smtpPort });
    const expected = new Set(inputs.map((i) => i.email));
    const arrived = () => sink!.messages.flatMap(recipientsOf).filter((a) => expected.has(a));
    await until(() => new Set(arrived()).size === 50, 60_000, 'all 50 mails');
    // Give a duplicate the chance to show up before counting.
    await until(
      async () => (await db.outboxMail.count({ where: { eventId: event.id, status: 'sent' } })) === 50,
      10_000,
      'all rows sent',
    );
    await new Promise((r) => setTimeout(r, 2_000));

    const all = arrived();
    expect(all).toHaveLength(50);
    expect(new Set(all).size).toBe(50);
    const subjects = sink.messages.filter((m) => recipientsOf(m).some((a) => expected.has(a))).map((m) => m.subject);
    expect(subjects.every((s) => s?.includes('Ausfallkonferenz'))).toBe(true);
  }, 120_000);
});
