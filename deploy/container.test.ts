// The container files cannot be run here (no Docker daemon), so they are checked against the repository: the
// compose wiring, the variables, and that the Dockerfile copies what exists and ships what the server imports.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envSchema } from '@/lib/server/env-schema';
import { parseCopy, parseDockerfile } from './dockerfile';
import { importClosure } from './import-closure';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  ports?: string[];
  tmpfs?: string[];
};
const composeText = read('compose.yaml');
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service>; volumes: object };
const services = compose.services;
const envExample = read('.env.example');
/** Variables .env.example names, set (`KEY=`) or documented with their default (`# KEY=`). */
const exampleKeys = new Set([...envExample.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
const exampleSet = new Set([...envExample.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

describe('compose.yaml', () => {
  it('has the database, the one-shot migration, two apps, the worker and the proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'db', 'migrate', 'proxy', 'worker']);
    expect(services.db!.image).toBe('postgres:18');
    expect(services.db!.volumes).toContain('pgdata:/var/lib/postgresql');
    expect(Object.keys(compose.volumes)).toContain('pgdata');
    expect(services.db!.healthcheck!.test!.join(' ')).toContain('pg_isready');
  });

  it('runs the migration once after the database is healthy, and everything else after it', () => {
    expect(services.migrate!.command).toEqual(['npm', 'run', 'migrate']);
    expect(services.migrate!.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    for (const name of ['app1', 'app2', 'worker'])
      expect(services[name]!.depends_on, name).toEqual({ migrate: { condition: 'service_completed_successfully' } });
  });

  it('runs the apps without the inline mail worker, behind one proxy hop, draining on stop', () => {
    for (const name of ['app1', 'app2']) {
      const env = services[name]!.environment!;
      expect(env.MAIL_WORKER, name).toBe('off');
      expect(env.TRUST_PROXY_HOPS, name).toBe('1');
      expect(Number(env.SHUTDOWN_DRAIN_SECONDS), name).toBeGreaterThan(0);
      expect(services[name]!.command, name).toBeUndefined();
    }
    expect(services.worker!.command).toEqual(['node', '--import', 'tsx', 'scripts/worker.ts']);
    expect(existsSync(path.join(root, 'scripts/worker.ts'))).toBe(true);
    expect(services.worker!.environment!.MAIL_WORKER).toBeUndefined();
  });

  it('gives every app container the same database and shared secrets', () => {
    const shared = [
      'DATABASE_URL',
      'APP_URL',
      'NEXTAUTH_URL',
      'AUTH_SECRET',
      'TICKET_SIGNING_KEY',
      'CERTIFICATE_SIGNING_KEY',
    ];
    for (const name of ['migrate', 'app1', 'app2', 'worker'])
      for (const key of shared)
        expect(services[name]!.environment![key], `${name} ${key}`).toBe(services.app1!.environment![key]);
    expect(services.app1!.environment!.DATABASE_URL).toMatch(/@db:5432\//);
  });

  it('mounts the repository nginx files into the proxy, and every path compose.conf includes is mounted', () => {
    const mounts = new Map(
      services.proxy!.volumes!.map((v) => {
        const [source, target] = v.split(':') as [string, string];
        return [target, source];
      }),
    );
    for (const file of ['compose.conf', 'http.conf', 'locations.conf']) {
      const source = [...mounts.values()].find((s) => s === `./deploy/nginx/${file}`);
      expect(source, file).toBeDefined();
      expect(existsSync(path.join(root, source!)), file).toBe(true);
    }
    expect(mounts.get('/etc/nginx/conf.d/default.conf')).toBe('./deploy/nginx/compose.conf');
    // Relative paths in nginx resolve against /etc/nginx, the image's configuration prefix.
    const referenced = [
      ...read('deploy/nginx/compose.conf').matchAll(/^\s*(?:include|ssl_certificate(?:_key)?)\s+(\S+);/gm),
    ];
    expect(referenced.length).toBeGreaterThanOrEqual(4);
    for (const [, ref] of referenced) {
      const absolute = path.posix.resolve('/etc/nginx', ref!);
      const mounted = [...mounts.keys()].some((t) => absolute === t || absolute.startsWith(`${t}/`));
      expect(mounted, ref).toBe(true);
    }
    expect(services.proxy!.ports).toEqual(['80:80', '443:443']);
  });

  it("gives nginx the directories of http.conf's relative temp and cache paths, which it does not create itself", () => {
    const targets = [
      ...services.proxy!.volumes!.map((v) => v.split(':')[1]!),
      ...(services.proxy!.tmpfs ?? []).map((t) => t.split(':')[0]!),
    ];
    const http = read('deploy/nginx/http.conf');
    for (const [, directive, dir] of http.matchAll(/^\s*(\w+_temp_path|proxy_cache_path)\s+([^\s;]+)/gm)) {
      const absolute = path.posix.resolve('/etc/nginx', dir!);
      expect(targets, `${directive} ${dir}`).toContain(path.posix.dirname(absolute));
    }
  });

  it('uses only variables that .env.example names, and sets every required one there', () => {
    const used = [...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)(:?[?-][^}]*)?\}/g)];
    expect(used.length).toBeGreaterThan(5);
    for (const [, name, modifier] of used) {
      expect(exampleKeys.has(name!), `${name} is not in .env.example`).toBe(true);
      if (modifier?.startsWith(':?')) expect(exampleSet.has(name!), `${name} must be set in .env.example`).toBe(true);
    }
  });
});

describe('.env.example', () => {
  it('names every variable of the environment schema', () => {
    const missing = Object.keys(envSchema.shape).filter((key) => !exampleKeys.has(key));
    expect(missing).toEqual([]);
  });

  it("names every variable of the README's configuration table (the scripts' own ones included)", () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Commands'));
    const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((key) => !exampleKeys.has(key))).toEqual([]);
  });

  it('sets the production values', () => {
    for (const line of ['MAIL_VIEW=off', 'TRUST_PROXY_HOPS=1', 'HOST=0.0.0.0'])
      expect(envExample.split('\n')).toContain(line);
    expect(envExample).toMatch(/^APP_URL=https:\/\//m);
  });
});

describe('Dockerfile', () => {
  const stages = parseDockerfile(read('Dockerfile'));
  const runtime = stages.at(-1)!;
  const of = (stage: typeof runtime, keyword: string) =>
    stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
  const ignored = read('.dockerignore')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
  /** Made inside the image by the build stage, so absent from the repository (and from the build context). */
  const buildOutputs = ['node_modules', '.next', 'lib/generated'];

  it('builds in stages on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(stage.base).toBe('node:20-bookworm-slim');
  });

  it('runs the final stage as a non-root user with a health check on /healthz', () => {
    const user = of(runtime, 'USER');
    expect(user.length).toBe(1);
    expect(user[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(of(runtime, 'HEALTHCHECK').join(' ')).toContain('/healthz');
    expect(of(runtime, 'EXPOSE')).toEqual(['3000']);
    expect(of(runtime, 'ENV').join(' ')).toContain('HOST=0.0.0.0');
    const cmd = JSON.parse(of(runtime, 'CMD')[0]!) as string[];
    expect(cmd).toEqual(['node', '--import', 'tsx', 'scripts/server.ts']);
  });

  it('copies only what exists: context files in the repository, stage files from earlier stages', () => {
    const names = new Set<string>();
    for (const stage of stages) {
      for (const args of of(stage, 'COPY')) {
        const copy = parseCopy(args);
        if (copy.from) expect(names.has(copy.from), `COPY --from=${copy.from}`).toBe(true);
        for (const source of copy.sources) {
          const file = copy.from ? path.relative('/app', source) : source;
          if (file === '.') continue;
          const made = copy.from && buildOutputs.some((o) => file === o || file.startsWith(`${o}/`));
          if (!made) expect(existsSync(path.join(root, file)), source).toBe(true);
          if (!copy.from) expect(ignored, `${source} is excluded by .dockerignore`).not.toContain(file);
        }
      }
      if (stage.name) names.add(stage.name);
    }
  });

  it('ships every source the server, the worker, the migration and the seed import', () => {
    const shipped = of(runtime, 'COPY')
      .map(parseCopy)
      .filter((c) => c.from === 'build')
      .flatMap((c) => c.sources.map((s) => path.relative('/app', s)));
    const { files: closure, packages } = importClosure(root, [
      'scripts/server.ts',
      'scripts/worker.ts',
      'scripts/migrate.ts',
      'scripts/seed.ts',
      'next.config.ts',
      // `npm run backup` / `restore` in the container, once the scripts are in the tree.
      ...['scripts/backup.ts', 'scripts/restore.ts'].filter((f) => existsSync(path.join(root, f))),
    ]);
    expect(closure.size).toBeGreaterThan(50);
    const missing = [...closure].filter((f) => !shipped.some((s) => f === s || f.startsWith(`${s}/`)));
    expect(missing).toEqual([]);
    // The build deletes tests from the runtime copy; nothing the server runs may be one.
    expect([...closure].filter((f) => f.endsWith('.test.ts'))).toEqual([]);
    for (const file of ['package.json', 'tsconfig.json', 'public', 'prisma']) expect(shipped).toContain(file);
    // The image installs `npm ci --omit=dev`: a development package imported at run time would be missing there.
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const notInstalled = [...packages].filter((p) => !builtins.has(p) && !(p in pkg.dependencies));
    expect(notInstalled).toEqual([]);
    expect(packages).toContain('next');
  });
});
