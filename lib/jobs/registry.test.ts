import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { verificationTokenCleanupJob } from '@/lib/auth/jobs';
import { mailSendJob, outboxRelayJob, reminderJob } from '@/lib/mail/jobs';
import { invitationReminderJob } from '@/lib/invitations/jobs';
import { contingentReleaseJob } from '@/lib/registrations/jobs';
import { retentionJob } from '@/lib/retention/job';
import { installQueues } from '@/lib/server/queue-install';
import { createIsolatedDatabase } from '@/test/database';
import { defineJob } from './job';
import { registeredJobs } from './registry';

// A copy of the migrated template: these tests drop and recreate pg-boss's schema.
const isolated = await createIsolatedDatabase(inject('templateDatabaseUrl'));
const client = new pg.Client({ connectionString: isolated.url });
await client.connect();

afterAll(async () => {
  await client.end();
  await isolated.drop();
});

const queueNames = async () =>
  (await client.query<{ name: string }>('SELECT name FROM pgboss.queue ORDER BY name')).rows.map((r) => r.name);
const registeredNames = () => registeredJobs.map((job) => job.name).sort();

describe('job registry', () => {
  it('registers mail sending, reminders, the outbox relay, retention, the token cleanup, invitation reminders and the contingent release, each under its own queue', () => {
    expect(registeredJobs).toEqual(
      expect.arrayContaining([
        mailSendJob,
        reminderJob,
        outboxRelayJob,
        retentionJob,
        verificationTokenCleanupJob,
        invitationReminderJob,
        contingentReleaseJob,
      ]),
    );
    expect(registeredJobs).toHaveLength(7);
    expect(new Set(registeredNames()).size).toBe(registeredJobs.length);
  });

  it('runs the periodic jobs on their schedules and sends mail in parallel loops', () => {
    const cron = Object.fromEntries(registeredJobs.map((job) => [job.name, job.schedule?.cron]));
    expect(cron).toEqual({
      mail: undefined,
      'mail-reminders': '*/5 * * * *',
      'mail-outbox-relay': '* * * * *',
      retention: '15 3 * * *',
      'auth-token-cleanup': '*/15 * * * *',
      'invitation-reminders': '*/5 * * * *',
      'contingent-release': '* * * * *',
    });
    const env = { MAIL_POLL_SECONDS: 0.5, MAIL_WORKER_CONCURRENCY: 7 } as Parameters<typeof mailSendJob.polling>[0];
    expect(mailSendJob.polling(env)).toEqual({ intervalSeconds: 0.5, concurrency: 7 });
  });
});

describe('queue installation', () => {
  it('the migration has installed a queue for every registered job', async () => {
    expect(await queueNames()).toEqual(registeredNames());
  });

  it('creates pg-boss and every registered queue in an empty database, and a queue for a job added to the list', async () => {
    await client.query('DROP SCHEMA pgboss CASCADE');
    await installQueues(isolated.url);
    expect(await queueNames()).toEqual(registeredNames());

    const extra = defineJob({
      name: 'registry-test-extra',
      polling: () => ({ intervalSeconds: 60 }),
      load: async () => ({ run: async () => {} }),
    });
    await installQueues(isolated.url, [...registeredJobs, extra]);
    expect(await queueNames()).toEqual([...registeredNames(), extra.name].sort());
  });
});
