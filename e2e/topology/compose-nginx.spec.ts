// compose's reverse proxy, run here: Debian's nginx with deploy/nginx/compose.conf and the two shared files, laid out
// as the nginx image sees them under /etc/nginx, the TLS pair made by docs/deploy.md's own openssl command, and two
// stand-in upstreams that echo what reaches them. Only what Docker provides is replaced: the service names app1/app2
// (loopback ports), the published ports 80/443 (free ports) and the ACME webroot mount.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { runDocBlock } from '../../deploy/doc-blocks';
import * as chromium from '../../scripts/chromium';
import { getFreePort } from '../../test/database';
import { getVia, startEchoUpstream, waitForPort } from './proxy-client';

const root = path.resolve(import.meta.dirname, '../..');
const NGINX = '/usr/sbin/nginx';
const SITE = 'tagung.example.org';
test.describe.configure({ mode: 'serial' });

let sandbox: string;
let nginx: ChildProcess;
let nginxLog = '';
let ports: { http: number; https: number; app1: number; app2: number };
const upstreams: http.Server[] = [];
let cert: Buffer;

/** compose.conf with Docker's parts replaced; fails when one of them is no longer in the file. */
function localComposeConf(acmeDir: string): string {
  let conf = readFileSync(path.join(root, 'deploy/nginx/compose.conf'), 'utf8');
  const replace = (pattern: RegExp, by: string) => {
    expect(conf, `compose.conf should contain ${pattern}`).toMatch(pattern);
    conf = conf.replace(pattern, by);
  };
  replace(/\bapp1:3000\b/g, `127.0.0.1:${ports.app1}`);
  replace(/\bapp2:3000\b/g, `127.0.0.1:${ports.app2}`);
  replace(/^\s*listen \[::\]:(80|443)\b.*$/gm, '');
  replace(/\blisten 80\b/g, `listen 127.0.0.1:${ports.http}`);
  replace(/\blisten 443\b/g, `listen 127.0.0.1:${ports.https}`);
  replace(/\/var\/www\/acme\b/g, acmeDir);
  return conf;
}

/** The proxy's tmpfs mounts under /etc/nginx in compose.yaml (the temp and cache directories of http.conf). */
function composeTmpfs(): string[] {
  const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: { proxy: { tmpfs?: string[] } };
  };
  const dirs = (compose.services.proxy.tmpfs ?? []).map((t) => t.split(':')[0]!);
  for (const dir of dirs) expect(dir.startsWith('/etc/nginx/'), dir).toBe(true);
  return dirs;
}

test.beforeAll(async () => {
  // scripts/chromium.ts gains ensureNginx() with the cluster topology; where it exists, it installs Debian's nginx.
  (chromium as { ensureNginx?: () => void }).ensureNginx?.();
  ports = {
    http: await getFreePort(),
    https: await getFreePort(),
    app1: await getFreePort(),
    app2: await getFreePort(),
  };
  upstreams.push(await startEchoUpstream('app1', ports.app1), await startEchoUpstream('app2', ports.app2));

  // The checkout as docs/deploy.md leaves it: the TLS pair and the ACME webroot from the guide's own block.
  sandbox = path.join(os.tmpdir(), `tb-compose-nginx-${process.pid}-${Date.now()}`);
  mkdirSync(sandbox, { recursive: true });
  chmodSync(sandbox, 0o755); // nginx's workers run unprivileged and read the ACME webroot below it
  const tls = await runDocBlock('tls-self-signed', { cwd: sandbox });
  expect(tls.status, tls.stderr).toBe(0);
  cert = readFileSync(path.join(sandbox, 'deploy/tls/fullchain.pem'));
  mkdirSync(path.join(sandbox, 'deploy/acme/.well-known/acme-challenge'), { recursive: true });
  writeFileSync(path.join(sandbox, 'deploy/acme/.well-known/acme-challenge/token-1'), 'token-1.thumbprint');

  // /etc/nginx of the image: its nginx.conf includes conf.d/*.conf in the http context; compose.yaml's mounts.
  const prefix = path.join(sandbox, 'etc-nginx');
  mkdirSync(path.join(prefix, 'conf.d'), { recursive: true });
  mkdirSync(path.join(prefix, 'tagungsbuero'));
  for (const file of ['http.conf', 'locations.conf'])
    copyFileSync(path.join(root, 'deploy/nginx', file), path.join(prefix, 'tagungsbuero', file));
  symlinkSync(path.join(sandbox, 'deploy/tls'), path.join(prefix, 'tls'));
  for (const dir of composeTmpfs()) mkdirSync(path.join(prefix, path.posix.relative('/etc/nginx', dir)));
  writeFileSync(path.join(prefix, 'conf.d/default.conf'), localComposeConf(path.join(sandbox, 'deploy/acme')));
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `pid nginx.pid;\nerror_log stderr notice;\nevents { worker_connections 256; }\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  include conf.d/*.conf;\n}\n`,
  );
  // stdout is a file, as a container's is a pipe: nginx opens /dev/stdout for its access log, which a socket (what
  // Node's 'pipe' stdio is) refuses.
  const stdout = openSync(path.join(sandbox, 'nginx-stdout.log'), 'w');
  nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', stdout, 'pipe'],
  });
  closeSync(stdout);
  nginx.stderr?.on('data', (chunk: Buffer) => {
    nginxLog += chunk.toString();
  });
  await waitForPort(ports.https, 15_000, () => nginxLog);
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGTERM');
    await new Promise((resolve) => nginx.once('exit', resolve));
  }
  for (const server of upstreams) await new Promise((resolve) => server.close(resolve));
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const tlsTarget = () => ({ site: SITE, port: ports.https, ca: cert });

test('https answers through the proxy with the certificate from the guide, over TLS 1.2 or 1.3', async () => {
  const answer = await getVia(tlsTarget(), '/events/beispiel');
  expect(answer.status).toBe(200);
  expect(answer.protocol).toMatch(/^TLSv1\.[23]$/);
  const seen = JSON.parse(answer.body) as { url: string; headers: Record<string, string> };
  expect(seen.url).toBe('/events/beispiel');
  expect(seen.headers.host).toBe(SITE);
  expect(seen.headers['x-forwarded-proto']).toBe('https');
  expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1');
});

test('plain http redirects to https with path and query, except the ACME challenge', async () => {
  const redirect = await getVia({ site: SITE, port: ports.http }, '/events/beispiel?lang=en');
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe(`https://${SITE}/events/beispiel?lang=en`);
  const challenge = await getVia({ site: SITE, port: ports.http }, '/.well-known/acme-challenge/token-1');
  expect(challenge.status).toBe(200);
  expect(challenge.body).toBe('token-1.thumbprint');
});

test("nginx's request id reaches the upstream, a new one per request, and both instances get requests", async () => {
  const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => getVia(tlsTarget(), `/who?n=${i}`)));
  const seen = answers.map((a) => JSON.parse(a.body) as { instance: string; headers: Record<string, string> });
  const ids = seen.map((s) => s.headers['x-request-id']);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(seen.map((s) => s.instance))).toEqual(new Set(['app1', 'app2']));
});

test("curl-checks: the guide's checks pass against this proxy, the name resolved to it as DNS would", async () => {
  // curl reads $CURL_HOME/.curlrc: the site name points at the test's ports, and the trial certificate is trusted.
  writeFileSync(
    path.join(sandbox, '.curlrc'),
    [
      `connect-to = ${SITE}:80:127.0.0.1:${ports.http}`,
      `connect-to = ${SITE}:443:127.0.0.1:${ports.https}`,
      `cacert = ${path.join(sandbox, 'deploy/tls/fullchain.pem')}`,
      'noproxy = *',
    ].join('\n'),
  );
  const run = await runDocBlock('curl-checks', { cwd: sandbox, env: { CURL_HOME: sandbox } });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout.split('\n')[0]).toBe(`301 https://${SITE}/`);
  expect(run.stdout.match(/\{"status":"ok"\}/g)).toHaveLength(2);
});
