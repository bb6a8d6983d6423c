import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createIsolatedDatabase } from '@/test/database';
import { recipientsOf, startSmtpSink } from '@/test/smtp-sink';
import { until } from '@/test/wait';

// The worker process takes every job in its database, so this file gets a database of its own.
const isolated = await createIsolatedDatabase(inject('templateDatabaseUrl'));
process.env.DATABASE_URL = isolated.url;
// A job's timeout and retry policy are fixed when it is enqueued (here, by this process): a send cut off
// by the crash counts as failed after 20 s, then it is retried. Shorter would be faster, but a cold worker
// on a busy machine can take seconds to render its first mail, and a timed-out job is handed out again.
Object.assign(process.env, { MAIL_SEND_TIMEOUT_SECONDS: '20', MAIL_RETRY_DELAY_SECONDS: '1' });
const { createRegistration } = await import('@/lib/registrations/service');
const { db, disconnectDb } = await import('@/lib/server/db');
const { createTestEvent, registrationInput } = await import('@/test/factories');

// The sink can hold one mail before answering "250 accepted"; the test kills or stops the worker meanwhile.
let holdNext: {
  subject: string;
  reached: (connection: { closed: Promise<void> }) => void;
  release: Promise<void>;
} | null = null;
const sink = await startSmtpSink({
  async beforeAccept(mail, connection) {
    const hold = holdNext;
    if (!hold || mail.subject?.includes(hold.subject) !== true) return;
    holdNext = null;
    hold.reached(connection);
    await hold.release;
  },
});

const children: ChildProcess[] = [];
function startWorkerProcess(): ChildProcess {
  // As `npm run worker` starts it: node with the tsx loader, so signals reach the worker itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(process.cwd(), 'scripts/worker.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: isolated.url,
      SMTP_URL: sink.url,
      MAIL_WORKER_CONCURRENCY: '1',
      MAIL_POLL_SECONDS: '0.5',
      MAIL_MAINTENANCE_SECONDS: '1',
      MAIL_SHUTDOWN_SECONDS: '20',
    },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  await sink.close();
  await disconnectDb();
  await isolated.drop();
});

function holdMailTo(subject: string) {
  let reached!: (connection: { closed: Promise<void> }) => void;
  let release!: () => void;
  const reachedP = new Promise<{ closed: Promise<void> }>((r) => (reached = r));
  holdNext = { subject, reached, release: new Promise<void>((r) => (release = r)) };
  return { reached: reachedP, release: () => release() };
}

async function registerMany(title: string, count: number) {
  const event = await createTestEvent({ title, capacity: 100 });
  const inputs = Array.from({ length: count }, () => registrationInput());
  for (const input of inputs) await createRegistration(event, input);
  return { event, emails: new Set(inputs.map((i) => i.email)) };
}

const arrivedFor = (emails: Set<string>) => sink.messages.flatMap(recipientsOf).filter((a) => emails.has(a));

describe('mail worker crash safety', () => {
  it('loses no queued mail when the worker process is killed mid-send, and sends none twice after restart', async () => {
    const { event, emails } = await registerMany('Absturzkonferenz', 8);
    const held = holdMailTo('Absturzkonferenz');
    const first = startWorkerProcess();
    const connection = await held.reached;
    // The SMTP server has the mail but has not accepted it: kill -9 now.
    first.kill('SIGKILL');
    await exited(first);
    // The dead worker's connection drops, so the held mail was never accepted.
    await connection.closed;
    held.release();
    expect(await db.outboxMail.count({ where: { eventId: event.id, status: 'sent' } })).toBe(0);

    startWorkerProcess();
    await until(() => new Set(arrivedFor(emails)).size === 8, 90_000, 'all 8 mails after restart');
    await until(
      async () => (await db.outboxMail.count({ where: { eventId: event.id, status: 'sent' } })) === 8,
      10_000,
      'rows sent',
    );

    await new Promise((r) => setTimeout(r, 2_000));
    expect(arrivedFor(emails)).toHaveLength(8);
  }, 150_000);

  it('on SIGTERM lets the running send finish, records it, and the next worker does not send it again', async () => {
    for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
    const { event, emails } = await registerMany('Feierabendkonferenz', 3);
    const held = holdMailTo('Feierabendkonferenz');
    const worker = startWorkerProcess();
    await held.reached;
    worker.kill('SIGTERM');
    // Still running while its send is held: it waits for the send instead of dropping it.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(worker.exitCode).toBeNull();
    held.release();
    expect(await exited(worker)).toBe(0);
    expect(await db.outboxMail.count({ where: { eventId: event.id, status: 'sent' } })).toBe(1);
    expect(arrivedFor(emails)).toHaveLength(1);

    startWorkerProcess();
    await until(() => new Set(arrivedFor(emails)).size === 3, 60_000, 'the remaining mails');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(arrivedFor(emails)).toHaveLength(3);
  }, 120_000);
});
