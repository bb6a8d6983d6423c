import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/server/db';
import { getFreePort } from '@/test/database';
import { createReadinessCheck } from './health';

const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('readiness', () => {
  it('is ready when the database answers and every migration is applied', async () => {
    expect(await createReadinessCheck().check()).toEqual({ ready: true });
  });

  it('is not ready while a migration in prisma/migrations is not applied', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tb-migrations-'));
    dirs.push(dir);
    await cp(migrationsDir, dir, { recursive: true });
    await mkdir(path.join(dir, '99990101000000_not_yet'));
    await writeFile(path.join(dir, '99990101000000_not_yet', 'migration.sql'), 'SELECT 1;');
    expect(await createReadinessCheck({ migrationsDir: dir }).check()).toEqual({ ready: false, reason: 'migrations' });
  });

  it('is not ready when the database cannot be reached, or does not answer in time', async () => {
    const unreachable = createPrismaClient(`postgresql://postgres@127.0.0.1:${await getFreePort()}/none`, {
      poolSize: 1,
      connectTimeoutMs: 500,
      statementTimeoutMs: 1000,
    });
    expect(await createReadinessCheck({ client: unreachable }).check()).toEqual({ ready: false, reason: 'database' });
    const hanging = { $queryRawUnsafe: () => new Promise<never>(() => undefined) } as never;
    const started = Date.now();
    expect(await createReadinessCheck({ client: hanging, timeoutMs: 200 }).check()).toEqual({
      ready: false,
      reason: 'database',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says draining from the moment draining starts, with the database fine', async () => {
    const readiness = createReadinessCheck();
    expect((await readiness.check()).ready).toBe(true);
    readiness.startDraining();
    expect(readiness.draining).toBe(true);
    expect(await readiness.check()).toEqual({ ready: false, reason: 'draining' });
  });
});
