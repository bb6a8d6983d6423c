import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { waitForServer } from '../scripts/wait-for-server';
import { createTestDatabase } from '../test/database';
import { startSmtpSink } from '../test/smtp-sink';
import {
  E2E_MIN_FILL_MS,
  EDITOR_ORGANIZER_EMAIL,
  MESSAGES_ORGANIZER_EMAIL,
  ORGANIZER_EMAIL,
  SECOND_ORGANIZER_EMAIL,
} from './fixtures/constants';

const root = path.resolve(import.meta.dirname, '..');

/** Fresh database, a real SMTP listener and the production build of the app, for one e2e run. */
export default async function globalSetup() {
  const baseUrl = process.env.E2E_BASE_URL!;
  const mailDir = process.env.E2E_MAIL_DIR!;
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` (npm test does).');

  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.E2E_DATABASE_URL = database.url;
  // lib/server/env.ts reads the environment once, when first imported, so every app module is imported only
  // after DATABASE_URL is set.
  const { migrate } = await import('../lib/server/migrate');
  await migrate(database.url);
  const { db, disconnectDb } = await import('../lib/server/db');
  const { seed } = await import('../prisma/seed');
  await seed(db);
  // Server-to-server API calls in the specs use a key with a generous limit; keyless calls are tested separately.
  const { createApiKey } = await import('../lib/api-keys/service');
  process.env.E2E_API_KEY = (await createApiKey({ name: 'e2e', rateLimit: 100_000, windowSeconds: 600 })).key;
  await disconnectDb();

  // Every accepted message is written as JSON, so test workers (other processes) can read it.
  await rm(mailDir, { recursive: true, force: true });
  await mkdir(mailDir, { recursive: true });
  let counter = 0;
  const sink = await startSmtpSink({
    onMessage: (mail) => {
      const file = path.join(mailDir, `${Date.now()}-${counter++}.json`);
      const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((t) =>
        t.value.map((v) => v.address?.toLowerCase()),
      );
      const json = {
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          cid: a.cid,
          base64: a.content.toString('base64'),
        })),
      };
      // Written under a temporary name and renamed, so a reader never sees half a file.
      void writeFile(`${file}.tmp`, JSON.stringify(json)).then(() => rename(`${file}.tmp`, file));
    },
  });

  // The server's output goes to the terminal and to a file that e2e/logs/no-personal-data.spec.ts reads at the end.
  // Outside test-results/, which Playwright empties after this setup has run.
  const ownLogFile = !process.env.E2E_SERVER_LOG;
  process.env.E2E_SERVER_LOG ??= path.join(os.tmpdir(), `tagungsbuero-e2e-server-${process.pid}.log`);
  const logFile = createWriteStream(process.env.E2E_SERVER_LOG);
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/server.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: process.env.E2E_PORT,
      // Tests act as many clients by sending X-Forwarded-For, as a reverse proxy would.
      TRUST_PROXY_HOPS: '1',
      REGISTRATION_RATE_LIMIT: '50/600',
      // Every spec signs in from the browser's loopback address; the per-address limit (5 in 15 min) stays.
      SIGNIN_RATE_LIMIT: '500/900',
      // Wider than the default 2 s, so that a busy CI machine still loads the page faster than the bot test's limit.
      REGISTRATION_MIN_FILL_SECONDS: String(E2E_MIN_FILL_MS / 1000),
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      ADMIN_EMAILS: [ORGANIZER_EMAIL, SECOND_ORGANIZER_EMAIL, MESSAGES_ORGANIZER_EMAIL, EDITOR_ORGANIZER_EMAIL].join(
        ',',
      ),
      MAIL_VIEW: 'off',
      // The outbox worker runs inline; poll often so journeys wait less for their mails.
      MAIL_POLL_SECONDS: '0.5',
    },
  });
  for (const [from, to] of [
    [server.stdout, process.stdout],
    [server.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => {
      to.write(chunk);
      logFile.write(chunk);
    });
  }
  await waitForServer(baseUrl, 60_000);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
    await new Promise((r) => logFile.end(r));
    if (ownLogFile) await rm(process.env.E2E_SERVER_LOG!, { force: true });
    await sink.close();
    await database.cleanup();
    await rm(mailDir, { recursive: true, force: true });
  };
}
