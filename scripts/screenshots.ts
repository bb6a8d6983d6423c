// `npm run screenshots`: the README's screenshots, from the production build against a fresh seeded database:
// the upcoming example event on a phone (390×844, full page) and the dashboard of a signed-in organizer (1280×800).
// Written to docs/screenshots/. Pass --reuse-build to skip `next build` when the build is current.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EXAMPLE_SLUG } from '../e2e/fixtures/constants';
import { createTestDatabase, getFreePort } from '../test/database';
import { chromiumPath, ensureChromium } from './chromium';
import { waitForServer } from './wait-for-server';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'screenshots');
const hex = (n: number) => randomBytes(n).toString('hex');

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.CHECKPOINT_DISABLE = '1';
  ensureChromium();
  if (!process.argv.includes('--reuse-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }

  const database = await createTestDatabase();
  let server: ChildProcess | undefined;
  try {
    process.env.DATABASE_URL = database.url;
    // lib/server/env.ts reads the environment once, so app modules are imported only after DATABASE_URL is set.
    const { migrate } = await import('../lib/server/migrate');
    await migrate(database.url);
    const { db, disconnectDb } = await import('../lib/server/db');
    const { seed } = await import('../prisma/seed');
    await seed(db);
    // An organizer with a database session, so no sign-in mail is needed.
    const user = await db.user.create({
      data: {
        email: 'organisation@example.test',
        role: 'organizer',
        invitedBy: 'screenshots',
        invitedAt: new Date(),
      },
    });
    const sessionToken = hex(32);
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
    await disconnectDb();

    const port = await getFreePort();
    const baseUrl = `http://localhost:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/server.ts')], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: database.url,
        APP_URL: baseUrl,
        NEXTAUTH_URL: baseUrl,
        AUTH_SECRET: hex(32),
        MAIL_WORKER: 'off',
      },
    });
    await waitForServer(baseUrl, 60_000);

    await mkdir(outDir, { recursive: true });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
      });
      const eventPage = await phone.newPage();
      await eventPage.goto(`${baseUrl}/events/${EXAMPLE_SLUG}`, { waitUntil: 'networkidle' });
      await eventPage.evaluate(() => document.fonts.ready);
      await eventPage.screenshot({ path: path.join(outDir, 'event-page-phone.png'), fullPage: true });

      const desktop = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
      });
      const { hostname } = new URL(baseUrl);
      await desktop.addCookies([
        { name: 'next-auth.session-token', value: sessionToken, domain: hostname, path: '/', httpOnly: true },
      ]);
      const dashboard = await desktop.newPage();
      await dashboard.goto(`${baseUrl}/dashboard`, { waitUntil: 'networkidle' });
      await dashboard.evaluate(() => document.fonts.ready);
      await dashboard.screenshot({ path: path.join(outDir, 'dashboard.png') });
    } finally {
      await browser.close();
    }
    console.log(`[screenshots] written to ${path.relative(root, outDir)}/`);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
    }
    await database.cleanup();
  }
}

await main();
