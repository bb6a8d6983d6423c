// Command lines of `npm run backup` and `npm run restore`, and the default name of a backup file.
import path from 'node:path';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** `backups/<db>-<UTC timestamp>.dump`, e.g. `backups/tagungsbuero-20270312T081500Z.dump`. */
export function defaultBackupPath(database: string, now: Date, root = process.cwd()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  const safe = database.replace(/[^A-Za-z0-9_.-]/g, '_') || 'database';
  return path.join(root, 'backups', `${safe}-${stamp}.dump`);
}

/** `[--out FILE]` (also `--out=FILE`). */
export function parseBackupArgs(argv: string[]): Parsed<{ out?: string }> {
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const next = argv[++i];
      if (!next || next.startsWith('-')) return { ok: false, error: `${arg} needs a file name` };
      out = next;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) return { ok: false, error: '--out needs a file name' };
    } else return { ok: false, error: `unknown argument "${arg}" (usage: npm run backup -- [--out FILE])` };
  }
  return { ok: true, value: { out } };
}

/** `FILE [--force]`, in either order. */
export function parseRestoreArgs(argv: string[]): Parsed<{ file: string; force: boolean }> {
  const usage = 'usage: npm run restore -- FILE [--force]';
  let force = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === '--force') force = true;
    else if (arg.startsWith('-')) return { ok: false, error: `unknown option "${arg}" (${usage})` };
    else files.push(arg);
  }
  const [file, ...more] = files;
  if (!file) return { ok: false, error: `no file (${usage})` };
  if (more.length) return { ok: false, error: `one file only, got ${files.length} (${usage})` };
  return { ok: true, value: { file, force } };
}

/** Whether the first bytes are those of a pg_dump custom-format archive. */
export function isCustomFormatDump(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP';
}
