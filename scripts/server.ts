// The production HTTP server: Next's request handler behind a node:http server that records the
// client's address in `x-client-ip`, which `next start` does not expose to route handlers.
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import { cachedEventUrl } from '../lib/i18n/cached-route';
import { type JobWorker, startJobWorker } from '../lib/jobs/worker';
import { holdForHashPolicy } from '../lib/server/browser-policy/cached-response';
import { hstsHeader, policyOptions } from '../lib/server/browser-policy/policy';
import { clientIpFromChain } from '../lib/server/client-ip';
import { ACTION_BODY_LIMIT_BYTES } from '../lib/server/action-body';
import {
  isPossibleAction,
  refuseActionBody,
  refuseMalformedRequest,
  setRouteHandlers,
} from '../lib/server/request-guard';
import { DATABASE_RETRY_AFTER_SECONDS, databaseFailedRecently } from '../lib/server/db-health';
import { isLoopbackHost, parseEnvironment } from '../lib/server/env-schema';
import { instrumentRequest } from '../lib/server/observability/access-log';
import { routeConsoleToLogger } from '../lib/server/observability/console';
import { answerOperational, startMetricsListener } from '../lib/server/observability/endpoints';
import { createReadinessCheck } from '../lib/server/observability/health';
import { log, requestContext } from '../lib/server/observability/logger';
import { routeTable } from '../lib/server/observability/routes';
import { varyOnCookie } from '../lib/server/vary-cookie';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT || 3000);
// Loopback unless HOST says otherwise: the local mail view must not be reachable from the network by accident.
const host = process.env.HOST || '127.0.0.1';
const hops = Number(process.env.TRUST_PROXY_HOPS || 0);
const policy = { ...policyOptions(), dev };
const hsts = hstsHeader(process.env.APP_URL);
const logger = log('server');
// Next's development output stays readable as it is.
if (!dev) routeConsoleToLogger();
const parsedEnv = parseEnvironment(process.env);
const settings = parsedEnv.ok ? parsedEnv.env : null;
const readiness = createReadinessCheck();

const app = next({ dev, dir: process.cwd(), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();
// The guard tells route handlers from pages, and the logs and metrics name routes, by the build's own list.
const appPaths = dev
  ? []
  : Object.keys(JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/app-paths-manifest.json'), 'utf8')));
if (!dev) setRouteHandlers(appPaths);
const routes = routeTable(appPaths);

// A page whose query failed because the database is away answers 503 with Retry-After, not 500 (route handlers
// and actions get their 503 from the edge pipeline).
function pageOutageAs503(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseFailedRecently()) {
      this.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, ...rest);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
}

// A server action's body is read here, checked (lib/server/action-body.ts) and handed to Next as a fresh request
// carrying the same bytes; reading stops one byte past the limit.
async function readActionBody(req: IncomingMessage): Promise<{ body: Buffer; replay: IncomingMessage }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > ACTION_BODY_LIMIT_BYTES) break;
  }
  const body = Buffer.concat(chunks);
  const replay = new IncomingMessage(req.socket);
  Object.assign(replay, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return { body, replay };
}

async function handleRequest(incoming: IncomingMessage, res: ServerResponse): Promise<void> {
  // While draining, clients and the proxy are told to open their next request elsewhere.
  if (readiness.draining) res.setHeader('Connection', 'close');
  if (await answerOperational(incoming, res, { readiness, metricsToken: settings?.METRICS_TOKEN })) return;
  pageOutageAs503(res);
  // Malformed URLs, NUL, `GET *`, odd methods, foreign-origin actions and action bodies React cannot decode: 4xx in
  // the envelope here, where Next would answer 500.
  let req = incoming;
  let refusal = refuseMalformedRequest(req);
  if (!refusal && isPossibleAction(req)) {
    const { body, replay } = await readActionBody(req);
    refusal = await refuseActionBody(req, body);
    req = replay;
  }
  if (refusal) {
    // An unread remainder (a body past the limit) would otherwise be parsed as the connection's next request.
    if (!incoming.complete) res.setHeader('Connection', 'close');
    res.writeHead(refusal.status, refusal.headers).end(refusal.body);
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
  await handle(req, res);
}

const server = createServer((req, res) => {
  const context = instrumentRequest(req, res, routes);
  requestContext.run(context, () =>
    handleRequest(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
});
// Started by `npm start` before the database is ready: Next loads meanwhile, requests wait for the signal.
if (process.env.TB_LISTEN_AFTER_MESSAGE && process.send) {
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  process.disconnect?.();
}
server.listen(port, host, () => {
  logger.info(`ready on http://${host.includes(':') ? `[${host}]` : host}:${port}${dev ? ' (dev)' : ''}`);
  if (settings?.mailViewEnabled && (process.env.MAIL_VIEW === 'on' || !isLoopbackHost(host))) {
    logger.warn(
      `WARNING: the mail view /dev/mail is on (MAIL_VIEW=on) and listening on ${host}: anyone who reaches this port can read the sign-in links in it and sign in as any organizer or admin.`,
    );
  }
});
const metricsListener = settings?.METRICS_PORT
  ? await startMetricsListener(settings.METRICS_PORT, settings.METRICS_HOST)
  : null;
// One command starts everything: the job worker (mail, reminders, outbox relay, retention) runs in this process
// unless MAIL_WORKER=off. It starts after the server listens (pg-boss takes about a second to start; pages need
// not wait for it).
const worker: JobWorker | null = process.env.MAIL_WORKER === 'off' ? null : await startJobWorker();

let stopping = false;
let drained: () => void = () => undefined;
async function shutdown(signal: string) {
  // A second signal during the drain (Ctrl-C twice) skips the rest of it.
  if (stopping) return drained();
  stopping = true;
  // Draining: /readyz answers 503 at once so the proxy's health check takes this instance out, while requests are
  // still served for SHUTDOWN_DRAIN_SECONDS; only then does the listener close.
  readiness.startDraining();
  const drainSeconds = settings?.SHUTDOWN_DRAIN_SECONDS ?? 0;
  logger.info({ signal, drainSeconds }, 'stopping');
  if (drainSeconds > 0)
    await new Promise<void>((resolve) => {
      drained = resolve;
      setTimeout(resolve, drainSeconds * 1000).unref();
    });
  metricsListener?.close();
  // Stop taking requests, let running jobs such as mail sends finish (bounded by MAIL_SHUTDOWN_SECONDS), then exit.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections would hold close() open; give in-flight requests a moment, then go.
  const requestsDone = Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]);
  await Promise.all([requestsDone, worker?.stop()]);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
