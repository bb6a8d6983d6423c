// /healthz, /readyz and /metrics, answered by scripts/server.ts (and the worker's metrics listener) before Next:
// cheap, and available while Next is busy.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppErrorCode } from '@/lib/errors';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeFromAcceptLanguage } from '@/lib/server/edge/http';
import type { ReadinessCheck } from './health';
import { log } from './logger';
import { renderMetrics } from './metrics';

const NO_STORE = { 'Cache-Control': 'no-store' };

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: AppErrorCode,
  key: 'databaseUnavailable' | 'apiKeyInvalid' | 'notFound',
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
): void {
  const locale = localeFromAcceptLanguage(req.headers['accept-language'] ?? null);
  const message = getDictionary(locale).failures[key];
  sendJson(res, status, { error: { code, message }, ...extra }, { 'Content-Language': locale, ...headers });
}

async function sendMetrics(res: ServerResponse, head: boolean): Promise<void> {
  try {
    const { contentType, body } = await renderMetrics();
    res.writeHead(200, { ...NO_STORE, 'Content-Type': contentType });
    res.end(head ? undefined : body);
  } catch (error) {
    log('metrics').error({ err: error }, 'metrics could not be collected');
    res.writeHead(500, NO_STORE).end();
  }
}

function sameToken(given: string, expected: string): boolean {
  const hash = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(hash(given), hash(expected));
}

export interface OperationalOptions {
  readiness: ReadinessCheck;
  /** METRICS_TOKEN: /metrics on the app port needs it as a bearer token; unset, /metrics is left to Next (404). */
  metricsToken?: string;
}

/** Answers /healthz, /readyz and (with a token) /metrics; false for every other request. */
export async function answerOperational(
  req: IncomingMessage,
  res: ServerResponse,
  options: OperationalOptions,
): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (path === '/readyz') {
    const readiness = await options.readiness.check();
    if (readiness.ready) sendJson(res, 200, { status: 'ok' });
    else sendError(req, res, 503, 'SERVICE_UNAVAILABLE', 'databaseUnavailable', { reason: readiness.reason });
    return true;
  }
  if (path === '/metrics' && options.metricsToken) {
    const auth = req.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    if (!given || !sameToken(given, options.metricsToken)) {
      sendError(req, res, 401, 'UNAUTHORIZED', 'apiKeyInvalid', {}, { 'WWW-Authenticate': 'Bearer' });
      return true;
    }
    await sendMetrics(res, req.method === 'HEAD');
    return true;
  }
  return false;
}

/** The METRICS_PORT listener: `GET /metrics` and nothing else, on METRICS_HOST (loopback by default). */
export async function startMetricsListener(port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/metrics')
      void sendMetrics(res, req.method === 'HEAD');
    else sendError(req, res, 404, 'NOT_FOUND', 'notFound');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  log('metrics').info({ host, port }, 'metrics listener ready');
  return server;
}
