import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDataDirParent } from './embedded-postgres';

const mode = async (dir: string) => (await stat(dir)).mode & 0o777;

describe('prepareDataDirParent', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('leaves a parent it did not create alone (a private temporary directory stays 700)', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'tb-pgparent-'));
    dirs.push(own);
    expect(await mode(own)).toBe(0o700);
    await prepareDataDirParent(path.join(own, 'pg'));
    expect(await mode(own)).toBe(0o700);
  });

  it('never touches /tmp', async () => {
    const before = await mode(os.tmpdir());
    await prepareDataDirParent(path.join(os.tmpdir(), 'tb-never-created-pg'));
    expect(await mode(os.tmpdir())).toBe(before);
  });

  it('DATA_DIR directly under /tmp: opens the new directory, leaves /tmp alone, and DATA_DIR=/tmp changes nothing', async () => {
    const before = await mode(os.tmpdir());
    const dataDir = path.join(os.tmpdir(), `tb-data-${process.pid}-${Date.now()}`);
    dirs.push(dataDir);
    const previous = process.umask(0o077);
    try {
      await prepareDataDirParent(path.join(dataDir, 'pg'));
      await prepareDataDirParent(path.join(os.tmpdir(), 'pg'));
    } finally {
      process.umask(previous);
    }
    expect(await mode(dataDir)).toBe(0o755);
    expect(await mode(os.tmpdir())).toBe(before);
  });

  it('opens the directories it creates to the postgres user (755)', async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'tb-pgparent-'));
    dirs.push(own);
    const previous = process.umask(0o077);
    try {
      await prepareDataDirParent(path.join(own, 'a', 'b', 'pg'));
    } finally {
      process.umask(previous);
    }
    expect(await mode(path.join(own, 'a'))).toBe(0o755);
    expect(await mode(path.join(own, 'a', 'b'))).toBe(0o755);
    expect(await mode(own)).toBe(0o700);
  });
});
