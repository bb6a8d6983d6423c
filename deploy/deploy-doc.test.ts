// docs/deploy.md is followed by hand on a server; its runnable commands are run here, so the guide cannot drift
// from what works. The blocks that need Docker or the internet say so in their marker (deploy/doc-blocks.ts).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseEnvironment } from '@/lib/server/env-schema';
import { createIsolatedDatabase } from '@/test/database';
import { docBlocks, runDocBlock, runShell, runnableBlock } from './doc-blocks';

const root = path.resolve(import.meta.dirname, '..');
/** Every `run` block and the test file that runs it. */
const RUN_BY: Record<string, string> = {
  'env-secrets': 'deploy/deploy-doc.test.ts',
  'tls-self-signed': 'deploy/deploy-doc.test.ts',
  'curl-checks': 'e2e/topology/compose-nginx.spec.ts',
  'backup-plain': 'deploy/deploy-doc.test.ts',
};

type Pkg = { scripts: Record<string, string> };
const sandboxes: string[] = [];
function sandbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tb-deploy-doc-'));
  sandboxes.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
});

/** The variables a dotenv file sets (uncommented KEY=value lines), as Compose reads them. */
function readDotenv(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  return Object.fromEntries(
    lines.flatMap((line) => {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      return match ? [[match[1]!, match[2]!]] : [];
    }),
  );
}

describe('docs/deploy.md', () => {
  const blocks = docBlocks();

  it('marks every code block as run by a test or not runnable here, with the reason', () => {
    expect(blocks.length).toBeGreaterThan(10);
    const unmarked = blocks.filter((b) => !b.marker).map((b) => `line ${b.line}`);
    expect(unmarked).toEqual([]);
    for (const block of blocks)
      if (block.marker?.kind === 'not-run')
        expect(block.marker.reason.length, `line ${block.line}`).toBeGreaterThan(10);
  });

  it('never marks a Docker command as run here: Docker does not run on the test machines', () => {
    const docker = blocks.filter((b) => /(^|\s|&&\s*)docker\s/m.test(b.code));
    expect(docker.length).toBeGreaterThan(5);
    for (const block of docker) {
      expect(block.marker?.kind, `line ${block.line}`).toBe('not-run');
      if (block.marker?.kind === 'not-run') expect(block.marker.reason, `line ${block.line}`).toMatch(/Docker/);
    }
  });

  it('has a test for every runnable block, and each such test names its block', () => {
    const ids = blocks.flatMap((b) => (b.marker?.kind === 'run' ? [b.marker.id] : []));
    expect(ids.sort()).toEqual(Object.keys(RUN_BY).sort());
    for (const [id, file] of Object.entries(RUN_BY))
      expect(readFileSync(path.join(root, file), 'utf8'), `${file} runs ${id}`).toContain(`'${id}'`);
  });

  it('env-secrets: turns .env.example into a .env the app accepts, with fresh, distinct secrets', async () => {
    const dir = sandbox();
    copyFileSync(path.join(root, '.env.example'), path.join(dir, '.env.example'));
    const run = await runDocBlock('env-secrets', { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = path.join(dir, '.env');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const env = readDotenv(file);
    expect(env.POSTGRES_PASSWORD).toMatch(/^[0-9a-f]{48}$/);
    expect(Buffer.from(env.AUTH_SECRET!, 'base64')).toHaveLength(32);
    expect(env.TICKET_SIGNING_KEY).not.toBe(env.CERTIFICATE_SIGNING_KEY);
    // What compose.yaml adds to it; the signing keys and the secret are validated by the app's own schema.
    const parsed = parseEnvironment({ ...env, DATABASE_URL: 'postgresql://tagungsbuero:x@db:5432/tagungsbuero' });
    expect(parsed.ok ? '' : parsed.message).toBe('');
    if (!parsed.ok) return;
    expect(parsed.env.TICKET_SIGNING_KEY).toBe(env.TICKET_SIGNING_KEY);
    expect(parsed.env.CERTIFICATE_SIGNING_KEY).toBe(env.CERTIFICATE_SIGNING_KEY);
    expect(parsed.env.mailViewEnabled).toBe(false);
    expect(parsed.env.TRUST_PROXY_HOPS).toBe(1);
    // A second run makes other secrets: nothing is fixed in the guide.
    const again = sandbox();
    copyFileSync(path.join(root, '.env.example'), path.join(again, '.env.example'));
    await runDocBlock('env-secrets', { cwd: again });
    expect(readDotenv(path.join(again, '.env')).AUTH_SECRET).not.toBe(env.AUTH_SECRET);
  });

  it('tls-self-signed: writes a key and a certificate for the site name that belong together', async () => {
    const dir = sandbox();
    const run = await runDocBlock('tls-self-signed', { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const cert = new X509Certificate(readFileSync(path.join(dir, 'deploy/tls/fullchain.pem')));
    expect(cert.subjectAltName).toBe('DNS:tagung.example.org');
    const key = createPrivateKey(readFileSync(path.join(dir, 'deploy/tls/privkey.pem')));
    expect(cert.checkPrivateKey(key)).toBe(true);
    expect(statSync(path.join(dir, 'deploy/tls/privkey.pem')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'deploy/acme')).isDirectory()).toBe(true);
  });

  // npm run backup / restore come with the supervision and backup work (scripts/backup.ts, scripts/restore.ts).
  const hasBackup = Boolean((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Pkg).scripts.backup);
  it.skipIf(!hasBackup)(
    'backup-plain: backs up a database and restores it over changed contents',
    async () => {
      const { url, drop } = await createIsolatedDatabase(inject('templateDatabaseUrl'));
      const dump = path.join(root, 'backups/before-upgrade.dump');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('CREATE TABLE deploy_doc_marker (value int); INSERT INTO deploy_doc_marker VALUES (42)');
        // The block's two commands run one after the other; the row deleted between them must come back.
        const block = runnableBlock('backup-plain').code.split('\n');
        expect(block).toHaveLength(2);
        const backup = await runShell(block[0]!, { DATABASE_URL: url });
        expect(backup.status, backup.stderr).toBe(0);
        expect(readFileSync(dump).subarray(0, 5).toString()).toBe('PGDMP');
        await client.query('DELETE FROM deploy_doc_marker');
        const restore = await runShell(block[1]!, { DATABASE_URL: url });
        expect(restore.status, restore.stderr).toBe(0);
        expect((await client.query('SELECT value FROM deploy_doc_marker')).rows).toEqual([{ value: 42 }]);
      } finally {
        await client.end();
        rmSync(dump, { force: true });
        await drop();
      }
    },
    180_000,
  );
});
