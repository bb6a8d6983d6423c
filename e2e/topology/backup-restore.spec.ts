import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { rowCounts } from '../../lib/server/backup/database';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../lib/server/embedded-postgres';
import { ticketQrContent } from '../../lib/tickets/keys';
import { waitForServer } from '../../scripts/wait-for-server';
import { getFreePort } from '../../test/database';
import {
  createApiKey,
  register,
  requiredAnswers,
  runScript,
  startNodeScript,
  stopProcess,
} from '../fixtures/app-process';
import { EXAMPLE_SLUG } from '../fixtures/constants';
import { queryOnce } from '../fixtures/events';

// Seed, register, back up, wipe, restore: the same rows, the same tickets, and the restored app admits an old ticket.
test.describe.configure({ mode: 'serial' });

let dir = '';
let cluster: EmbeddedDatabase | undefined;
let server: ChildProcess | undefined;

test.afterAll(async () => {
  await stopProcess(server);
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function startServer(databaseUrl: string, port: number): Promise<string> {
  const baseUrl = `http://127.0.0.1:${port}`;
  server = startNodeScript(
    'server.ts',
    [],
    {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      MAIL_VIEW: 'off',
      // The key of the whole run (playwright.config.ts), so this process signs tickets as the server does.
      TICKET_SIGNING_KEY: process.env.TICKET_SIGNING_KEY,
    },
    'backup-app',
  );
  await waitForServer(`${baseUrl}/api/v1/events`, 90_000);
  return baseUrl;
}

const ticketsOf = (url: string) =>
  queryOnce<{ id: string; ticketCode: string; eventId: string }>(
    url,
    `SELECT id, "ticketCode", "eventId" FROM "Registration" WHERE "ticketCode" IS NOT NULL ORDER BY id`,
  );

test('a backup restores into a wiped database with the same rows and tickets, and an old ticket checks in', async () => {
  test.setTimeout(300_000);
  dir = await mkdtemp(path.join(os.tmpdir(), 'tb-backup-'));
  await chmod(dir, 0o755);
  cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await getFreePort(), quiet: true });
  await cluster.ensureDatabase('tb_backup');
  const url = cluster.url('tb_backup');
  const env = { DATABASE_URL: url };
  for (const script of ['migrate.ts', 'seed.ts']) expect((await runScript(script, [], env)).code).toBe(0);

  // A few people register through the running app, as they would before the backup.
  const baseUrl = await startServer(url, await getFreePort());
  const apiKey = await createApiKey(url);
  const answers = await requiredAnswers(baseUrl, EXAMPLE_SLUG);
  for (let i = 0; i < 4; i++) expect((await register(baseUrl, EXAMPLE_SLUG, apiKey, answers)).status).toBe(201);
  await stopProcess(server);

  const counts = await rowCounts(url);
  const tickets = await ticketsOf(url);
  expect(counts.Registration).toBeGreaterThanOrEqual(4);
  expect(tickets.length).toBe(counts.Registration);

  const file = path.join(dir, 'nightly.dump');
  const backup = await runScript('backup.ts', ['--out', file], env);
  expect(backup.code, backup.stderr).toBe(0);
  expect(backup.stdout).toContain(`wrote ${file}`);
  expect(backup.stdout).toMatch(/rows: Event \d+, Registration \d+/);
  expect(statSync(file).size).toBeGreaterThan(0);

  // Refused on a database that has tables, with one line, and nothing changed.
  const refused = await runScript('restore.ts', [file], env);
  expect(refused.code).toBe(2);
  expect(refused.stderr.trim()).toMatch(/^\[restore\] error: .* is not empty \(\d+ tables in schema public\).*--force/);
  expect(await rowCounts(url)).toEqual(counts);

  // A file that is no custom-format dump is refused before anything is opened.
  const notADump = await runScript('restore.ts', [path.join(dir, 'pg', 'PG_VERSION')], env);
  expect(notADump.code).toBe(2);
  expect(notADump.stderr).toContain('is not a pg_dump custom-format file');

  // Wiped: every schema gone, as after a lost disk with a fresh database.
  await queryOnce(url, 'DROP SCHEMA public CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public');
  expect(await rowCounts(url)).toEqual({});
  const restored = await runScript('restore.ts', [file], env);
  expect(restored.code, restored.stderr).toBe(0);
  console.log(restored.stdout.trim());
  expect(await rowCounts(url)).toEqual(counts);
  expect(await ticketsOf(url)).toEqual(tickets);

  // --force replaces a non-empty database in the same way.
  await queryOnce(url, `UPDATE "Registration" SET "ticketCode" = 'CHANGED-' || id WHERE id = $1`, [tickets[0]?.id]);
  expect(await ticketsOf(url)).not.toEqual(tickets);
  const forced = await runScript('restore.ts', ['--force', file], env);
  expect(forced.code, forced.stderr).toBe(0);
  expect(forced.stdout).toContain('--force: dropping everything');
  expect(await rowCounts(url)).toEqual(counts);
  expect(await ticketsOf(url)).toEqual(tickets);

  // The restored app, with the same signing key, admits a ticket issued before the backup, at the door's API.
  const restoredUrl = await startServer(url, await getFreePort());
  const [ticket] = tickets;
  if (!ticket) throw new Error('no ticket to check in');
  const [user] = await queryOnce<{ id: string }>(
    url,
    `INSERT INTO "User" (id, email, role, "invitedAt", "invitedBy") VALUES ($1, $2, 'admin', now(), 'backup@example.test') RETURNING id`,
    [`u${randomBytes(8).toString('hex')}`, `door.${randomBytes(4).toString('hex')}@example.test`],
  );
  const token = randomBytes(32).toString('hex');
  await queryOnce(url, `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, $4)`, [
    `s${randomBytes(8).toString('hex')}`,
    token,
    user?.id,
    new Date(Date.now() + 3600_000),
  ]);
  const [event] = await queryOnce<{ slug: string }>(url, 'SELECT slug FROM "Event" WHERE id = $1', [ticket.eventId]);
  const response = await fetch(`${restoredUrl}/api/v1/events/${event?.slug}/checkin/scans`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: `next-auth.session-token=${token}` },
    body: JSON.stringify({
      deviceId: 'door-after-restore',
      scans: [
        {
          idempotencyKey: randomBytes(8).toString('hex'),
          scannedAt: new Date().toISOString(),
          code: ticketQrContent({ ticketCode: ticket.ticketCode, eventId: ticket.eventId }),
        },
      ],
    }),
  });
  const body = await response.text();
  expect(response.status, body).toBe(200);
  const result = JSON.parse(body) as { results: { result: string; attendee: { id: string } | null }[] };
  expect(result.results[0]).toMatchObject({ result: 'checked_in', attendee: { id: ticket.id } });
});
