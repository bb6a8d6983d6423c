// The production HTTP server: Next's request handler behind a node:http server that records the
// client's address in `x-client-ip`, which `next start` does not expose to route handlers.
import { createServer } from 'node:http';
import next from 'next';
import { cachedEventUrl } from '../lib/i18n/cached-route';
import { type JobWorker, startJobWorker } from '../lib/jobs/worker';
import { holdForHashPolicy } from '../lib/server/browser-policy/cached-response';
import { hstsHeader, policyOptions } from '../lib/server/browser-policy/policy';
import { clientIpFromChain } from '../lib/server/client-ip';
import { varyOnCookie } from '../lib/server/vary-cookie';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT || 3000);
const hops = Number(process.env.TRUST_PROXY_HOPS || 0);
const policy = { ...policyOptions(), dev };
const hsts = hstsHeader(process.env.APP_URL);

const app = next({ dev, dir: process.cwd(), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // PostgreSQL cannot store NUL in text; refuse it in paths and queries here instead of failing later with 500.
  if (/%00|\0/.test(req.url ?? '')) {
    res
      .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Ungültige Adresse: NUL-Zeichen sind nicht erlaubt.');
    return;
  }
  const forwarded = req.headers['x-forwarded-for'];
  const chain = [...(hops > 0 ? String(forwarded ?? '').split(',') : []), req.socket.remoteAddress ?? '']
    .map((s) => s.trim())
    .filter(Boolean);
  // Overwritten, never trusted from the client: only the configured number of proxy hops counts.
  req.headers['x-client-ip'] = clientIpFromChain(chain, hops);
  // The cached event page: one public URL, one cached route per language picked by the lang cookie. Rewritten
  // here rather than only in proxy.ts (which still covers `next start`): a proxy run costs about 40 % of the
  // page's throughput (bench/NOTES.md).
  const cached = cachedEventUrl(req.url ?? '/', req.headers.cookie);
  if (cached) {
    varyOnCookie(res);
    req.url = cached;
  }
  if (hsts) res.setHeader('Strict-Transport-Security', hsts);
  // Pages of the full-route cache carry no per-request nonce; they get a policy with script hashes instead.
  if (req.url?.startsWith('/cached/')) holdForHashPolicy(req, res, policy);
  void handle(req, res);
});
// Started by `npm start` before the database is ready: Next loads meanwhile, requests wait for the signal.
if (process.env.TB_LISTEN_AFTER_MESSAGE && process.send) {
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  process.disconnect?.();
}
server.listen(port, () => console.log(`[server] ready on http://localhost:${port}${dev ? ' (dev)' : ''}`));
// One command starts everything: the job worker (mail, reminders, outbox relay, retention) runs in this process
// unless MAIL_WORKER=off. It starts after the server listens (pg-boss takes about a second to start; pages need
// not wait for it).
const worker: JobWorker | null = process.env.MAIL_WORKER === 'off' ? null : await startJobWorker();

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // Stop taking requests, let running jobs such as mail sends finish (bounded by MAIL_SHUTDOWN_SECONDS), then exit.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections would hold close() open; give in-flight requests a moment, then go.
  const requestsDone = Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]);
  await Promise.all([requestsDone, worker?.stop()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
