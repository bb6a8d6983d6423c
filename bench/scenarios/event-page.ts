// Event page: GET /events/[slug] against a bare node:http server that answers with the same bytes,
// the same headers and the same per-request gzip as the app.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { httpLoad } from '../http-load';
import { loadRows } from '../report';
import type { Scenario } from './context';

const gzip = promisify(zlib.gzip);
const BROWSER_HEADERS = { accept: 'text/html', 'accept-encoding': 'gzip' };
// Per-connection or per-response headers the floor computes itself.
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

interface Captured {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  gzipped: boolean;
}

function capture(url: string): Promise<Captured> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const gzipped = res.headers['content-encoding'] === 'gzip';
          const headers = Object.fromEntries(Object.entries(res.headers).filter(([k]) => !HOP_HEADERS.has(k)));
          resolve({ status: res.statusCode ?? 0, headers, body: gzipped ? zlib.gunzipSync(raw) : raw, gzipped });
        });
      })
      .on('error', reject);
  });
}

export const eventPage: Scenario = async ({ stack, eventSlug, seconds, log }) => {
  const url = `${stack.baseUrl}/events/${eventSlug}`;
  for (let i = 0; i < 20; i++) await capture(url); // warm caches and JIT
  const page = await capture(url);
  if (page.status !== 200) throw new Error(`event page answered ${page.status}`);

  // Compresses per request, as the app does (no cached gzip bytes: that would not be "the same work").
  const floorServer = http.createServer((req, res) => {
    const wantsGzip = page.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    void (wantsGzip ? gzip(page.body) : Promise.resolve(page.body)).then((bytes) => {
      res.writeHead(200, { ...page.headers, 'content-length': bytes.length }).end(bytes);
    });
  });
  await new Promise<void>((r) => floorServer.listen(0, '127.0.0.1', r));
  const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/events/${eventSlug}`;
  const same = (await capture(floorUrl)).body.equals(page.body);

  log(
    `event page: ${(page.body.length / 1024).toFixed(1)} KiB HTML, gzip ${page.gzipped ? 'on' : 'off'}, cache header ${String(page.headers['x-nextjs-cache'] ?? 'none')}`,
  );
  const options = { connections: 50, seconds, headers: BROWSER_HEADERS };
  const app = await httpLoad({ ...options, url });
  const floor = await httpLoad({ ...options, url: floorUrl });
  await new Promise((r) => floorServer.close(r));

  const rows = loadRows('Event page (c=50)', app, floor, 'floor: node:http, same bytes + gzip');
  const cache = page.headers['x-nextjs-cache']
    ? `x-nextjs-cache ${String(page.headers['x-nextjs-cache'])}`
    : 'no x-nextjs-cache header';
  rows.app.target = '≥ 0.5× floor';
  rows.app.met = rows.app.ratio! >= 0.5 && app.errors === 0;
  rows.app.notes = `${(page.body.length / 1024).toFixed(0)} KiB HTML; ${cache}; cache-control ${String(page.headers['cache-control'] ?? '—')}`;
  rows.floor.notes = same ? 'identical body' : 'BODY DIFFERS';
  return [rows.app, rows.floor];
};
