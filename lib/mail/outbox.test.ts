import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { mailRetryOptions } from '@/lib/server/queue';
import { MAIL_QUEUE } from './jobs';
import { createTestEvent, registrationInput } from '@/test/factories';
import { relayOrphanedOutboxMails } from './outbox-relay';
import { enqueueMail, NEWSLETTER_DELAY_SECONDS } from './outbox';

async function jobsFor(outboxIds: string[]) {
  if (outboxIds.length === 0) return [];
  return db.$queryRawUnsafe<{ id: string; name: string; retry_limit: number }[]>(
    'SELECT id::text, name, retry_limit FROM pgboss.job WHERE id = ANY($1::uuid[])',
    outboxIds,
  );
}

/** Mail jobs whose outbox row does not exist. */
async function orphanJobCount(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM pgboss.job j WHERE j.name = 'mail'
      AND NOT EXISTS (SELECT 1 FROM "OutboxMail" o WHERE o.id::text = j.data->>'outboxId')`;
  return Number(row?.n);
}

async function outboxFor(registrationId: string) {
  return db.outboxMail.findMany({ where: { registrationId }, select: { id: true, kind: true, status: true } });
}

describe('the outbox', () => {
  it('commits the outbox row and its pg-boss job together with the registration', async () => {
    const event = await createTestEvent();
    const created = await createRegistration(event, registrationInput({ newsletter: true }));
    const rows = await outboxFor(created.id);
    expect(rows.map((r) => r.kind).sort()).toEqual(['confirmation', 'newsletter']);
    expect(rows.every((r) => r.status === 'queued')).toBe(true);
    const jobs = await jobsFor(rows.map((r) => r.id));
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => j.name === MAIL_QUEUE && j.retry_limit === mailRetryOptions().retryLimit)).toBe(true);
  });

  it('lets the confirmation go before the newsletter opt-in: higher priority, and the opt-in starts later', async () => {
    const event = await createTestEvent();
    const created = await createRegistration(event, registrationInput({ newsletter: true }));
    const rows = await outboxFor(created.id);
    const jobs = await db.$queryRawUnsafe<{ id: string; priority: number; start_after: Date }[]>(
      'SELECT id::text, priority, start_after FROM pgboss.job WHERE id = ANY($1::uuid[])',
      rows.map((r) => r.id),
    );
    const jobOf = (kind: string) => jobs.find((j) => j.id === rows.find((r) => r.kind === kind)?.id);
    const confirmation = jobOf('confirmation');
    const newsletter = jobOf('newsletter');
    expect(confirmation?.priority).toBeGreaterThan(newsletter?.priority ?? Number.POSITIVE_INFINITY);
    expect(newsletter?.start_after.getTime()).toBeGreaterThanOrEqual(
      (confirmation?.start_after.getTime() ?? Number.POSITIVE_INFINITY) + (NEWSLETTER_DELAY_SECONDS - 1) * 1000,
    );
  });

  it('queues the waiting-list mail for a waitlisted registration', async () => {
    const event = await createTestEvent({ capacity: 0, waitlistEnabled: true });
    const created = await createRegistration(event, registrationInput());
    expect(created.status).toBe('waitlisted');
    expect((await outboxFor(created.id)).map((r) => r.kind)).toEqual(['waitlist']);
  });

  it('leaves nothing behind when the surrounding transaction throws after enqueuing', async () => {
    const event = await createTestEvent();
    let enqueued = '';
    await expect(
      db.$transaction(async (tx) => {
        enqueued = await enqueueMail(tx, { kind: 'message', recipient: 'x@example.test', eventId: event.id });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(enqueued).not.toBe('');
    expect(await db.outboxMail.count({ where: { id: enqueued } })).toBe(0);
    expect(await jobsFor([enqueued])).toHaveLength(0);
  });

  it('a registration whose transaction fails after its seat, row and outbox row were written stores nothing, and leaves no job', async () => {
    const event = await createTestEvent({ capacity: 10 });
    const input = registrationInput();
    // A real failure inside the one seat statement: it has taken the seat and written the registration row
    // when the outbox row's trigger raises.
    const fn = `fail_outbox_${event.id}`;
    await db.$executeRawUnsafe(`
      CREATE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN
        IF NEW."eventId" = '${event.id}' THEN RAISE EXCEPTION 'outbox unavailable'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} AFTER INSERT ON "OutboxMail" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    const orphansBefore = await orphanJobCount();
    try {
      await expect(createRegistration(event, input)).rejects.toThrow(/outbox unavailable/);
      // No job without its outbox row: jobs are inserted only after the statement committed. (Counted as a
      // difference right away: other test files share this database and may leave jobs whose rows they deleted.)
      expect(await orphanJobCount()).toBe(orphansBefore);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON "OutboxMail"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { eventId: event.id } })).toBe(0);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0);
    // And the same person can register once the outbox works again: one row, one job.
    const created = await createRegistration(event, input);
    const rows = await outboxFor(created.id);
    expect(rows).toHaveLength(1);
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(1);
  });

  it('a registration whose mail job cannot be inserted still stands, and the relay inserts the job exactly once', async () => {
    const event = await createTestEvent({ capacity: 10 });
    const fn = `fail_job_${event.id}`;
    // The queue refuses this event's mail jobs (the outbox row exists by then: it committed with the registration).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "OutboxMail" o WHERE o.id::text = NEW.data->>'outboxId' AND o."eventId" = '${event.id}') THEN
          RAISE EXCEPTION 'queue unavailable';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON pgboss.job FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    let created: Awaited<ReturnType<typeof createRegistration>>;
    try {
      created = await createRegistration(event, registrationInput());
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${fn} ON pgboss.job`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    const rows = await outboxFor(created.id);
    expect(rows).toHaveLength(1);
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(0);
    // Within the grace period the relay leaves the row alone (the request may still be inserting its job).
    await relayOrphanedOutboxMails(3600);
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(0);
    await relayOrphanedOutboxMails(0);
    await relayOrphanedOutboxMails(0);
    expect(await jobsFor(rows.map((r) => r.id))).toHaveLength(1);
  });

  it('enqueues nothing for a registration refused because the event is full', async () => {
    const event = await createTestEvent({ capacity: 0, waitlistEnabled: false });
    await expect(createRegistration(event, registrationInput())).rejects.toBeInstanceOf(AppError);
    expect(await db.outboxMail.count({ where: { eventId: event.id } })).toBe(0);
  });
});
