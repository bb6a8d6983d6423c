import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readAccessLog, replayedRequests, upstreamAttempts } from '../../lib/cluster/access-log';
import { startTopology, type Topology } from '../../lib/cluster/topology';
import { getFreePort } from '../../test/database';
import {
  cachedCopies,
  createTopologyEvent,
  type RegistrationAnswer,
  registerThrough,
  topologyQuery,
} from '../fixtures/cluster';
import { recipientsOf, startSmtpSink } from '../../test/smtp-sink';

// The production topology under faults (issue #15): nginx with the repository's config, two app instances without
// mail, a separate worker, one fresh embedded PostgreSQL and a real SMTP sink, all as processes of this test.
test.describe.configure({ mode: 'serial' });

let topology: Topology;
let dataDir: string;
let apiKey: string;
// The sink can hold one mail before answering "250 accepted"; the worker is killed meanwhile.
let hold: { reached: (c: { closed: Promise<void> }) => void; release: Promise<void> } | null = null;
const sink = await startSmtpSink({
  async beforeAccept(_mail, connection) {
    const held = hold;
    if (!held) return;
    hold = null;
    held.reached(connection);
    await held.release;
  },
});

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tagungsbuero-cluster-'));
  // The embedded cluster runs as the `postgres` user, which must reach its data directory inside this one.
  await chmod(dataDir, 0o755);
  topology = await startTopology({
    port: await getFreePort(),
    appPorts: [await getFreePort(), await getFreePort()],
    pgPort: await getFreePort(),
    dataDir,
    smtpUrl: sink.url,
    logToFiles: true,
    // The worker starts after the rush: every mail at the sink was sent by it, none by an app instance.
    worker: false,
    env: {
      // A send cut off by the kill counts as failed after 20 s and is retried 1 s later (fixed at enqueue time).
      MAIL_SEND_TIMEOUT_SECONDS: '20',
      MAIL_RETRY_DELAY_SECONDS: '1',
      MAIL_POLL_SECONDS: '0.5',
      MAIL_MAINTENANCE_SECONDS: '1',
      // Through nginx the apps see one client; the rush below uses an API key, whose own limit applies.
      REGISTRATION_RATE_LIMIT: '100000/600',
    },
  });
  const created = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/create-api-key.ts', 'cluster-fault', '100000', '600'],
    { env: { ...process.env, DATABASE_URL: topology.databaseUrl, NODE_OPTIONS: '' }, encoding: 'utf8' },
  );
  apiKey = created.stdout.trim().split('\n').at(-1) ?? '';
  expect(apiKey, created.stderr).toMatch(/^\S{20,}$/);
});

test.afterAll(async () => {
  await topology?.stop();
  await sink.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const get = (pathname: string, cookie?: string) =>
  fetch(`${topology.url}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

test('nginx micro-caches the public event page, per language, never for a session and never a POST', async () => {
  const page = `/events/${await createTopologyEvent(topology, 50)}`;
  await get(page);
  const second = await get(page);
  expect(second.status).toBe(200);
  expect(second.headers.get('x-cache-status')).toBe('HIT');
  expect(await second.text()).toMatch(/<html[^>]*\slang="de"/);
  // The language cookie is part of the key: the English page is its own copy, not the German one.
  const english = await get(page, 'lang=en');
  expect(await english.text()).toMatch(/<html[^>]*\slang="en"/);

  // A signed-in visitor neither reads a cached copy nor leaves one (a fresh page: nothing cached before).
  const privatePage = `/events/${await createTopologyEvent(topology, 50)}`;
  for (const cookie of ['next-auth.session-token=abc', 'lang=de; __Secure-next-auth.session-token.0=abc']) {
    for (let i = 0; i < 2; i++) expect((await get(privatePage, cookie)).headers.get('x-cache-status')).toBe('BYPASS');
  }
  expect(await cachedCopies(topology, privatePage)).toBe(0);
  await get(privatePage);
  expect(await cachedCopies(topology, privatePage)).toBe(1);

  // A POST (a server action posts to the page's URL) is never answered from nor written to the cache.
  const postPage = `/events/${await createTopologyEvent(topology, 50)}`;
  for (let i = 0; i < 2; i++) {
    const post = await fetch(`${topology.url}${postPage}`, { method: 'POST', body: 'x=1', redirect: 'manual' });
    expect(post.headers.get('x-cache-status')).toBeNull();
  }
  expect(await cachedCopies(topology, postPage)).toBe(0);
  const posts = (await readAccessLog(topology.nginx.accessLog)).filter((l) => l.path === postPage);
  expect(posts.map((l) => [l.method, l.cache])).toEqual([
    ['POST', ''],
    ['POST', ''],
  ]);
});

test('500 registrations at capacity 200 through nginx survive a killed app instance and a killed worker', async () => {
  test.setTimeout(420_000);
  const started = Date.now();
  const slug = await createTopologyEvent(topology, 200);
  const total = 500;
  const concurrency = 50;
  const killAt = Math.round(total / 3);
  const answers: RegistrationAnswer[] = [];
  let next = 0;
  let restart: Promise<unknown> | undefined;
  let killedAt = 0;

  const lane = async () => {
    while (next < total) {
      const i = next++;
      answers.push(await registerThrough(topology.url, slug, apiKey, i));
      if (answers.length === killAt && !restart) {
        killedAt = answers.length;
        // kill -9 mid-rush, back after a moment (Next takes a few seconds to load).
        restart = topology
          .kill('app1')
          .then(() => new Promise((r) => setTimeout(r, 1_000)))
          .then(() => topology.start('app1'));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  await restart;

  const count = (match: (a: RegistrationAnswer) => boolean) => answers.filter(match).length;
  // Cut off mid-answer: the killed instance had sent its status line but not the body, so nginx had passed the
  // header on and could only close the connection (no HTTP answer, or a 201 without its body).
  const isCut = (a: RegistrationAnswer) =>
    a.status === 0 || (a.status < 500 && a.registration?.startsWith('unparsable') === true);
  const cut = answers.filter(isCut);
  const created = answers.filter((a) => a.status === 201 && !isCut(a));
  const stored = await topologyQuery<{ id: string; email: string; status: string }>(
    topology,
    `SELECT r.id, r.email, r.status::text AS status FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1`,
    [slug],
  );
  const storedIds = new Set(stored.map((r) => r.id));
  const byStatus = (status: string) => stored.filter((r) => r.status === status).length;

  // nginx's own record: which instance each request went to, and whether a POST went to two.
  const log = (await readAccessLog(topology.nginx.accessLog)).filter((l) =>
    l.path.startsWith(`/api/v1/events/${slug}/`),
  );
  const killedAddr = `127.0.0.1:${topology.appPort('app1')}`;
  const failedOnKilled = log.filter(
    (l) => l.status >= 500 && upstreamAttempts(l).at(-1)?.addr === killedAddr && [502, 504].includes(l.status),
  );
  const movedOn = log.filter((l) => upstreamAttempts(l).length > 1);
  const errorLog = await readFile(path.join(topology.nginx.prefix, 'logs', 'error.log'), 'utf8').catch(() => '');
  const cutByKilled = errorLog
    .split('\n')
    .filter((l) => l.includes('while reading upstream') && l.includes(`//${killedAddr}/api/v1/events/${slug}/`)).length;

  // No mail before the worker exists: the app instances (MAIL_WORKER=off) send none themselves.
  expect(sink.messages).toHaveLength(0);
  expect(killedAt).toBe(killAt);
  expect(answers).toHaveLength(total);
  expect(cut.length, JSON.stringify(cut)).toBeLessThanOrEqual(cutByKilled);
  // The only 5xx are the requests in flight on the killed instance, which nginx must not send elsewhere.
  expect(
    answers
      .filter((a) => a.status >= 500)
      .map((a) => a.status)
      .filter((s) => s !== 502 && s !== 504),
  ).toEqual([]);
  expect(count((a) => a.status >= 500)).toBe(failedOnKilled.length);
  expect(failedOnKilled.length + cut.length).toBeLessThanOrEqual(concurrency);
  expect(replayedRequests(log)).toEqual([]);
  expect(log).toHaveLength(total);
  // 0 oversold, and the seats all taken (500 tries for 200 seats).
  expect(byStatus('confirmed')).toBe(200);
  expect(created.filter((a) => a.id && !storedIds.has(a.id))).toEqual([]);
  expect(new Set(stored.map((r) => r.email)).size).toBe(stored.length);
  expect(created.filter((a) => a.registration !== 'confirmed' && a.registration !== 'waitlisted')).toEqual([]);
  expect(created.filter((a) => a.registration === 'confirmed').length).toBeLessThanOrEqual(200);

  // The worker: one mail held at the sink, the worker killed (-9) while holding it, a new worker started.
  const recipients = new Set(stored.map((r) => r.email));
  const mailsTo = () => sink.messages.flatMap(recipientsOf).filter((a) => recipients.has(a));
  // One send at a time in the worker that is killed: a second send between the sink's 250 and the worker's
  // bookkeeping would be sent again (mail is at-least-once); the held one is the only send in flight.
  await topology.start('worker', { MAIL_WORKER_CONCURRENCY: '1' });
  await expect.poll(() => mailsTo().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
  let release!: () => void;
  const reached = new Promise<{ closed: Promise<void> }>((resolve) => {
    hold = { reached: resolve, release: new Promise<void>((r) => (release = r)) };
  });
  const connection = await reached;
  await topology.kill('worker');
  await connection.closed;
  // The dead worker's connection dropped, so the held mail was never accepted; it must come from the next worker.
  release();
  const beforeRestart = mailsTo().length;
  await topology.start('worker');
  await expect.poll(() => new Set(mailsTo()).size, { timeout: 180_000, intervals: [1_000] }).toBe(recipients.size);
  await new Promise((r) => setTimeout(r, 3_000));
  const mails = mailsTo();
  const doubled = mails.filter((a, i) => mails.indexOf(a) !== i);

  console.log(
    [
      '',
      'cluster fault test (nginx, 2 app instances, 1 worker, capacity 200)',
      `  sent                     ${total} at concurrency ${concurrency}, app1 killed (-9) after ${killedAt}`,
      `  201 created              ${created.length}`,
      `  409/other 4xx            ${count((a) => a.status >= 400 && a.status < 500)}`,
      `  cut mid-answer (killed)  ${cut.length} (nginx error log: ${cutByKilled} on ${killedAddr})`,
      `  502/504 (killed app1)    ${count((a) => a.status >= 500)} (nginx log: ${failedOnKilled.length} on ${killedAddr})`,
      `  moved to other instance  ${movedOn.length} (connection refused, nothing sent), replayed POSTs 0`,
      `  stored confirmed         ${byStatus('confirmed')}`,
      `  stored waitlisted        ${byStatus('waitlisted')}`,
      `  mails                    ${mails.length} for ${recipients.size} registrations (${beforeRestart} before the worker kill)`,
      '  worker kills             1 (while a mail was held at the sink)',
      `  duration                 ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  expect(doubled).toEqual([]);
  expect(mails).toHaveLength(recipients.size);
});
