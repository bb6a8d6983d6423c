import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBackupPath, isCustomFormatDump, parseBackupArgs, parseRestoreArgs } from './args';

describe('parseBackupArgs', () => {
  it('takes no arguments, --out FILE or --out=FILE', () => {
    expect(parseBackupArgs([])).toEqual({ ok: true, value: { out: undefined } });
    expect(parseBackupArgs(['--out', 'x.dump'])).toEqual({ ok: true, value: { out: 'x.dump' } });
    expect(parseBackupArgs(['--out=y.dump'])).toEqual({ ok: true, value: { out: 'y.dump' } });
  });

  it('refuses --out without a file and unknown arguments', () => {
    expect(parseBackupArgs(['--out'])).toEqual({ ok: false, error: '--out needs a file name' });
    expect(parseBackupArgs(['--out', '--force']).ok).toBe(false);
    expect(parseBackupArgs(['--out='])).toEqual({ ok: false, error: '--out needs a file name' });
    const unknown = parseBackupArgs(['x.dump']);
    expect(unknown.ok === false && unknown.error).toContain('unknown argument "x.dump"');
  });
});

describe('parseRestoreArgs', () => {
  it('takes one file and --force in either order', () => {
    expect(parseRestoreArgs(['a.dump'])).toEqual({ ok: true, value: { file: 'a.dump', force: false } });
    expect(parseRestoreArgs(['--force', 'a.dump'])).toEqual({ ok: true, value: { file: 'a.dump', force: true } });
    expect(parseRestoreArgs(['a.dump', '--force'])).toEqual({ ok: true, value: { file: 'a.dump', force: true } });
  });

  it('refuses no file, two files and unknown options', () => {
    const none = parseRestoreArgs(['--force']);
    expect(none.ok === false && none.error).toContain('no file');
    const two = parseRestoreArgs(['a.dump', 'b.dump']);
    expect(two.ok === false && two.error).toContain('one file only, got 2');
    const option = parseRestoreArgs(['a.dump', '--clean']);
    expect(option.ok === false && option.error).toContain('unknown option "--clean"');
  });
});

describe('defaultBackupPath', () => {
  it('is backups/<db>-<UTC timestamp>.dump under the given root', () => {
    const at = new Date('2027-03-12T08:15:00.123Z');
    expect(defaultBackupPath('tagungsbuero', at, '/srv/app')).toBe(
      path.join('/srv/app', 'backups', 'tagungsbuero-20270312T081500Z.dump'),
    );
  });

  it('keeps a database name from leaving the directory', () => {
    const file = defaultBackupPath('../etc/x', new Date('2027-03-12T08:15:00Z'), '/srv/app');
    expect(path.dirname(file)).toBe(path.join('/srv/app', 'backups'));
  });
});

describe('isCustomFormatDump', () => {
  it('accepts the PGDMP magic and nothing else', () => {
    expect(isCustomFormatDump(Buffer.from('PGDMP\x01\x10'))).toBe(true);
    expect(isCustomFormatDump(Buffer.from('-- PostgreSQL database dump'))).toBe(false);
    expect(isCustomFormatDump(Buffer.from('PGD'))).toBe(false);
  });
});
