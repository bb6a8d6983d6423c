// Builds pg_dump and pg_restore from the PostgreSQL source in Debian's archive (the orig tarball of the current
// `postgresql-<major>` source package, checked against the archive's sha256), into a cache directory.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apt } from '../../scripts/chromium';

const log = (message: string) => console.log(`[pg-tools] ${message}`);

export interface SourcePackage {
  /** Upstream version, e.g. "18.6". */
  version: string;
  /** URL of the orig tarball. */
  url: string;
  sha256: string;
}

/** The `postgresql-<major>` entry of a Debian `Sources` index: upstream version, orig tarball URL and its sha256. */
export function findSourcePackage(sources: string, major: number, mirror: string): SourcePackage | null {
  const name = `postgresql-${major}`;
  for (const paragraph of sources.split(/\n\s*\n/)) {
    if (!paragraph.startsWith(`Package: ${name}\n`)) continue;
    const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(paragraph)?.[1]?.trim();
    const debianVersion = field('Version');
    const directory = field('Directory');
    const checksums = /^Checksums-Sha256:\n((?: .*\n?)*)/m.exec(paragraph)?.[1] ?? '';
    if (!debianVersion || !directory) continue;
    const version = debianVersion.replace(/^\d+:/, '').replace(/-[^-]*$/, '');
    const orig = checksums
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .find(
        ([, , file]) => file === `${name}_${version}.orig.tar.bz2` || file?.startsWith(`${name}_${version}.orig.tar.`),
      );
    const [sha256, , file] = orig ?? [];
    if (!sha256 || !file) continue;
    return { version, url: `${mirror}/${directory}/${file}`, sha256 };
  }
  return null;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** Installs the build dependencies through apt-get when one is missing (as Chromium is for the tests). */
function ensureBuildDependencies(): void {
  const commands = ['gcc', 'make', 'bison', 'flex', 'bzip2', 'xz'];
  const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (commands.every(has) && existsSync('/usr/include/zlib.h')) return;
  log('build dependencies missing: installing bison flex zlib1g-dev make gcc bzip2 xz-utils with apt-get');
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'bison', 'flex', 'zlib1g-dev', 'make', 'gcc', 'bzip2', 'xz-utils']);
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function currentSource(major: number, mirror: string): Promise<SourcePackage> {
  const index = `${mirror}/dists/sid/main/source/Sources.xz`;
  log(`looking up postgresql-${major} in ${index}`);
  const unpacked = spawnSync('xz', ['-dc'], { input: await download(index), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (unpacked.status !== 0) throw new Error(`xz -dc failed on ${index}`);
  const source = findSourcePackage(unpacked.stdout, major, mirror);
  if (!source) throw new Error(`no postgresql-${major} source package in ${index}`);
  return source;
}

/** Builds into `<cacheDir>/<version>` (moved there in one rename, so a half build is never used) and returns it. */
export async function buildPgTools(major: number, cacheDir: string): Promise<string> {
  ensureBuildDependencies();
  const mirror = (process.env.PG_TOOLS_MIRROR || 'http://deb.debian.org/debian').replace(/\/$/, '');
  const source = await currentSource(major, mirror);
  const target = path.join(cacheDir, source.version);
  if (existsSync(path.join(target, 'bin', 'pg_dump'))) return target;

  await mkdir(cacheDir, { recursive: true });
  const work = path.join(cacheDir, `.build-${source.version}-${randomBytes(4).toString('hex')}`);
  await mkdir(work);
  try {
    log(`downloading ${source.url}`);
    const tarball = await download(source.url);
    const sha256 = createHash('sha256').update(tarball).digest('hex');
    if (sha256 !== source.sha256) throw new Error(`sha256 of ${source.url} is ${sha256}, expected ${source.sha256}`);
    const archive = path.join(work, path.basename(source.url));
    await writeFile(archive, tarball);
    await run('tar', ['-xf', archive], work);
    const [srcName] = (await readdir(work)).filter((name) => name.startsWith('postgresql-') && !name.includes('.tar'));
    if (!srcName) throw new Error(`${path.basename(source.url)} holds no postgresql-* directory`);
    const src = path.join(work, srcName);
    log(`building pg_dump and pg_restore ${source.version} (about a minute)`);
    const configure = ['--without-icu', '--without-readline', '--without-openssl', '--with-zlib'];
    await run('./configure', [`--prefix=${target}`, ...configure], src);
    // The generated headers first: `make -j2` in src/bin/pg_dump alone races them (pg_aggregate_d.h missing).
    await run('make', ['-C', 'src/backend', 'generated-headers'], src);
    await run('make', ['-j2', '-C', 'src/bin/pg_dump'], src);
    // Installed under a staging root with the final prefix inside it, so the binaries' rpath points at the cache.
    const staging = path.join(work, 'staging');
    for (const dir of ['src/interfaces/libpq', 'src/bin/pg_dump'])
      await run('make', ['-C', dir, 'install', `DESTDIR=${staging}`], src);
    await rename(path.join(staging, target), target).catch((error: NodeJS.ErrnoException) => {
      // Another process finished the same build first: its copy is as good as ours.
      if (!existsSync(path.join(target, 'bin', 'pg_dump'))) throw error;
    });
    log(`pg_dump ${source.version} ready in ${target}`);
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
