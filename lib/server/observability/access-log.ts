// One access log line and one latency observation per request, under the request's id.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger, type RequestContext } from './logger';
import { observeRequest } from './metrics';
import { requestIdFrom } from './request-id';
import type { RouteTable } from './routes';

// Probes and scrapes come every few seconds; at debug they stay out of an operator's way.
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

const accessLog = logger.child({ component: 'http' });

/**
 * Gives the request its id (the proxy's when sane, X-Request-Id on the request for Next and on the response) and
 * logs it when answered: method, route pattern, the path with secrets masked (never the query), status, duration.
 * Call before anything rewrites `req.url`.
 */
export function instrumentRequest(req: IncomingMessage, res: ServerResponse, routes: RouteTable): RequestContext {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(req.headers['x-request-id']);
  req.headers['x-request-id'] = requestId;
  res.setHeader('X-Request-Id', requestId);
  const { route, path } = routes.match(req.url ?? '/');
  const method = req.method ?? 'GET';
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.statusCode;
    observeRequest({ method, route, status }, seconds);
    const line = {
      requestId,
      method,
      route,
      path,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (QUIET_PATHS.has(path)) accessLog.debug(line, 'request');
    else accessLog.info(line, 'request');
  };
  res.once('finish', done);
  res.once('close', done);
  return { requestId };
}
