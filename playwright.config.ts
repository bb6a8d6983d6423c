import { generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { getFreePort } from './test/database';

// Chosen once in the runner process; workers inherit the environment and reuse the values.
process.env.E2E_PORT ??= String(await getFreePort());
process.env.E2E_MAIL_DIR ??= path.join(os.tmpdir(), `tagungsbuero-e2e-mail-${process.pid}`);
process.env.E2E_BASE_URL ??= `http://localhost:${process.env.E2E_PORT}`;
// One ticket signing key for the server and the specs, which sign (and forge) tickets for the check-in tests.
process.env.TICKET_SIGNING_KEY ??= generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'der', type: 'pkcs8' })
  .toString('base64');

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: [/fuzz\.spec\.ts/, /topology\//, /logs\//] },
    // The fuzz checks that refused requests write no rows, so it runs after every other spec, alone on the database.
    // `npx playwright test --project=fuzz --no-deps` runs it by itself.
    { name: 'fuzz', testMatch: /fuzz\.spec\.ts/, dependencies: ['chromium'] },
    // Topologies of their own (nginx with several app processes and a separate worker, a killed database, a restored
    // backup): heavy, so after the shared server's specs. `--project=topology --no-deps` runs them by themselves.
    { name: 'topology', testMatch: /topology\/.*\.spec\.ts/, dependencies: ['fuzz'] },
    // Reads the shared server's log of the whole run, so it comes last.
    { name: 'logs', testMatch: /logs\/.*\.spec\.ts/, dependencies: ['topology'] },
  ],
});
