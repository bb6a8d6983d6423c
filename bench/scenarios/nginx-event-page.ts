// Event page through the shipped nginx config (deploy/nginx, as `npm run cluster` runs it) in front of the bench's
// server, against the same nginx serving the same bytes and headers as a static file: what the micro-cache costs
// over nginx's own best case. Both go through the same gzip settings.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readAccessLog } from '../../lib/cluster/access-log';
import { renderNginxConf, startNginx, type NginxConfig } from '../../lib/cluster/nginx';
import { ensureNginx } from '../../scripts/chromium';
import { getFreePort } from '../../test/database';
import { root } from '../harness';
import { httpLoad } from '../http-load';
import { loadRows } from '../report';
import type { Scenario } from './context';

const BROWSER_HEADERS = { accept: 'text/html', 'accept-encoding': 'gzip' };
// Per-connection headers, and the ones nginx's static handler sets itself for a file.
const OWN_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-type',
  'content-encoding',
  'server',
  'etag',
  'last-modified',
  'accept-ranges',
]);
const FLOOR_PATH = '/__floor/event-page.html';

/** The captured headers as nginx add_header lines; a `$` (a variable to nginx) would not be the same bytes. */
function addHeaders(headers: Headers): string {
  const lines: string[] = [];
  headers.forEach((value, name) => {
    if (OWN_HEADERS.has(name) || value.includes('$')) return;
    lines.push(`            add_header "${name}" "${value.replace(/["\\]/g, '\\$&')}" always;`);
  });
  return lines.join('\n');
}

async function until200(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await fetch(url).catch(() => null))?.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200`);
}

export const nginxEventPage: Scenario = async ({ stack, eventSlug, seconds, log }) => {
  ensureNginx();
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'tagungsbuero-bench-nginx-'));
  const config: NginxConfig = { root, port: await getFreePort(), upstreams: [Number(new URL(stack.baseUrl).port)] };
  const nginx = await startNginx(prefix, config);
  try {
    const base = `http://localhost:${config.port}`;
    const url = `${base}/events/${eventSlug}`;
    for (let i = 0; i < 20; i++) await (await fetch(url, { headers: BROWSER_HEADERS })).arrayBuffer();
    // Uncompressed, so the floor file holds the page's own bytes and nginx gzips both the same way.
    const page = await fetch(url, { headers: { accept: 'text/html', 'accept-encoding': 'identity' } });
    const body = Buffer.from(await page.arrayBuffer());
    if (page.status !== 200) throw new Error(`event page through nginx answered ${page.status}`);

    await mkdir(path.join(prefix, 'floor', '__floor'), { recursive: true });
    await writeFile(path.join(prefix, 'floor', FLOOR_PATH), body);
    // Type and charset apart, as nginx sets them for a file: gzip_types matches the bare type.
    const [type = 'text/html', charset = 'utf-8'] = (page.headers.get('content-type') ?? '')
      .split(/;\s*(?:charset=)?/i)
      .filter(Boolean);
    const floorLocation = `        location = ${FLOOR_PATH} {
            root ${path.join(prefix, 'floor')};
            default_type ${type};
            charset ${charset};
            types { }
${addHeaders(page.headers)}
        }`;
    await writeFile(path.join(prefix, 'nginx.conf'), renderNginxConf({ ...config, serverExtra: floorLocation }));
    nginx.child.kill('SIGHUP');
    await until200(`${base}${FLOOR_PATH}`);
    const floorBody = Buffer.from(await (await fetch(`${base}${FLOOR_PATH}`)).arrayBuffer());

    const options = { connections: 50, seconds, headers: BROWSER_HEADERS };
    const app = await httpLoad({ ...options, url });
    const cache: Record<string, number> = {};
    for (const line of await readAccessLog(nginx.accessLog))
      if (line.path !== FLOOR_PATH) cache[line.cache || 'none'] = (cache[line.cache || 'none'] ?? 0) + 1;
    const floor = await httpLoad({ ...options, url: `${base}${FLOOR_PATH}` });
    log(
      `nginx event page: ${(body.length / 1024).toFixed(1)} KiB HTML, ${page.headers.get('x-cache-status')} at capture`,
    );

    const rows = loadRows('Event page via nginx (c=50)', app, floor, 'floor: same nginx, same bytes as a static file');
    rows.app.target = '≥ 0.9× floor';
    rows.app.met = rows.app.ratio! >= 0.9 && app.errors === 0;
    rows.app.notes = `micro-cache 1 s (deploy/nginx); cache ${Object.entries(cache)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; statuses ${JSON.stringify(app.statuses)}`;
    rows.floor.notes = floorBody.equals(body) ? 'identical body' : 'BODY DIFFERS';
    return [rows.app, rows.floor];
  } finally {
    await nginx.stop('SIGQUIT');
    await rm(prefix, { recursive: true, force: true });
  }
};
