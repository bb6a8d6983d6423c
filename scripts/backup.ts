// `npm run backup -- [--out FILE]`: a pg_dump custom-format file of DATABASE_URL, or of the embedded database of
// DATA_DIR (started for the dump when `npm start` is not running it). Exit 2 with one line on any error.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultBackupPath, parseBackupArgs } from '../lib/server/backup/args';
import {
  formatCounts,
  libpqConnection,
  openTarget,
  rowCounts,
  serverMajor,
  type Target,
} from '../lib/server/backup/database';
import { runTool } from '../lib/server/backup/run-tool';
import { ensurePgTools } from '../lib/server/pg-tools';

const log = (message: string) => console.log(`[backup] ${message}`);

function fail(message: string): never {
  console.error(`[backup] error: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = parseBackupArgs(process.argv.slice(2));
  if (!args.ok) fail(args.error);
  let target: Target | undefined;
  try {
    target = await openTarget(process.env, false);
    const connection = libpqConnection(target.url);
    const database = new URL(target.url).pathname.slice(1);
    const out = path.resolve(args.value.out ?? defaultBackupPath(decodeURIComponent(database), new Date()));
    const { pgDump } = await ensurePgTools(await serverMajor(target.url));
    await mkdir(path.dirname(out), { recursive: true });
    log(`dumping ${target.label} to ${out}`);
    // Written under a temporary name, so that an interrupted dump never looks like a complete backup.
    const partial = `${out}.partial`;
    try {
      await runTool(pgDump, ['--format=custom', `--file=${partial}`, `--dbname=${connection.dbname}`], connection.env);
      await rename(partial, out);
    } finally {
      await rm(partial, { force: true });
    }
    const size = (await stat(out)).size;
    log(`wrote ${out} (${(size / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} KiB)`);
    log(`rows: ${formatCounts(await rowCounts(target.url))}`);
  } catch (error) {
    await target?.close().catch(() => undefined);
    fail((error as Error).message || String(error));
  }
  await target.close();
}

await main();
