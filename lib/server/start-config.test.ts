import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getFreePort } from '@/test/database';
import { checkDatabaseReachable, checkStartConfig } from './start-config';

const root = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tb-start-config-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs `npm start`'s script with only the given variables (plus PATH) and collects what it prints. */
function start(vars: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATA_DIR: dataDir, ...vars },
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => {
      stdout += d;
    });
    proc.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const secret = 'a-secret-that-is-long-enough';

describe('npm start refuses a wrong configuration with one line', () => {
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    ['PORT=abc', async () => ({ PORT: 'abc' }), /^\[tagungsbuero\] configuration error: PORT: .*port number/],
    [
      'APP_URL=not-a-url',
      async () => ({ APP_URL: 'not-a-url' }),
      /^\[tagungsbuero\] configuration error: APP_URL: .*URL/,
    ],
    [
      'an unreachable DATABASE_URL',
      async () => ({
        DATABASE_URL: `postgresql://tb:pw@127.0.0.1:${await getFreePort()}/tb`,
        AUTH_SECRET: secret,
      }),
      /^\[tagungsbuero\] configuration error: DATABASE_URL: cannot connect to 127\.0\.0\.1:\d+ .*ECONNREFUSED/,
    ],
    [
      'DATABASE_URL without AUTH_SECRET',
      async () => ({ DATABASE_URL: 'postgresql://tb:pw@127.0.0.1:5432/tb' }),
      /^\[tagungsbuero\] configuration error: AUTH_SECRET: must be set/,
    ],
    [
      'a malformed TICKET_SIGNING_KEY',
      async () => ({ TICKET_SIGNING_KEY: 'bm90LWEta2V5' }),
      /^\[tagungsbuero\] configuration error: TICKET_SIGNING_KEY: expected an Ed25519 private key/,
    ],
    [
      'a malformed CERTIFICATE_SIGNING_KEY',
      async () => ({ CERTIFICATE_SIGNING_KEY: 'bm90LWEta2V5' }),
      /^\[tagungsbuero\] configuration error: CERTIFICATE_SIGNING_KEY: expected an Ed25519 private key/,
    ],
    [
      'an SMTP_URL with an unknown scheme',
      async () => ({ SMTP_URL: 'smtpx://mail.example.org:587' }),
      /^\[tagungsbuero\] configuration error: SMTP_URL: unknown scheme "smtpx:"/,
    ],
  ];

  it.each(cases)(
    '%s',
    async (_name, vars, line) => {
      const result = await start(await vars());
      expect(result.code).not.toBe(0);
      expect(result.code).not.toBeNull();
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // Refused before anything was started: no embedded database, no build.
      expect(result.stdout).toBe('');
      expect(await readdir(dataDir)).toEqual([]);
    },
    30_000,
  );
});

describe('checkStartConfig and checkDatabaseReachable', () => {
  it('accept a valid configuration', async () => {
    const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(
      checkStartConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        APP_URL: 'https://tagung.example.org',
        DATABASE_URL: inject('databaseUrl'),
        AUTH_SECRET: secret,
        TICKET_SIGNING_KEY: key,
        CERTIFICATE_SIGNING_KEY: key,
        SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      }),
    ).toBeNull();
    expect(await checkDatabaseReachable(inject('databaseUrl'), 5000)).toBeNull();
  });

  it('never echo a password', async () => {
    const port = await getFreePort();
    const line = await checkDatabaseReachable(`postgresql://tb:very-secret-pw@127.0.0.1:${port}/tb`, 2000);
    expect(line).toContain('DATABASE_URL');
    expect(line).not.toContain('very-secret-pw');
    expect(checkStartConfig({ SMTP_URL: 'ftp://u:hidden-pw@x' })).not.toContain('hidden-pw');
  });
});
