// Requests that Next would answer with a bare 500 (no envelope, no security headers) are refused here, in
// scripts/server.ts, before Next sees them: a URL that does not decode, NUL, a request target that is no path, a
// server action posted from another site or with a body React cannot decode, a method Next does not handle, and an
// callbackUrl on the sign-in routes that next-auth would choke on.
import type { AppErrorCode } from '../errors';
import type { ErrorEnvelope } from '../edge/result';
import { getDictionary } from '../i18n/dictionaries';
import { fill } from '../i18n/config';
import { ACTION_BODY_LIMIT_BYTES, actionBodyProblem } from './action-body';
import { SECURITY_HEADERS } from './security-headers';
import { localeFromAcceptLanguage } from './edge/http';

type ErrorKey = keyof ReturnType<typeof getDictionary>['failures'];

export interface GuardRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const header = (req: GuardRequest, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

interface Problem {
  code: AppErrorCode;
  status: number;
  key: ErrorKey;
  headers?: Record<string, string>;
}

// The methods Next's handlers know (next/dist/server/web/http.js); any other (TRACE, PROPFIND, …) makes Next throw.
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];

function problem(req: GuardRequest): Problem | null {
  const url = req.url ?? '';
  if (!METHODS.includes(req.method ?? 'GET'))
    return { code: 'INVALID_INPUT', status: 405, key: 'methodNotAllowed', headers: { Allow: METHODS.join(', ') } };
  // `GET *` and absolute-form targets: Next only handles origin-form paths.
  if (!url.startsWith('/')) return { code: 'INVALID_INPUT', status: 400, key: 'malformedRequest' };
  // PostgreSQL cannot store NUL in text.
  if (/%00|\0/.test(url)) return { code: 'INVALID_INPUT', status: 400, key: 'malformedUrl' };
  const [rawPath = '', query = ''] = url.split(/\?(.*)/s);
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { code: 'INVALID_INPUT', status: 400, key: 'malformedUrl' };
  }
  const path = routedPath(rawPath);
  if (path.startsWith('/api/auth/') && !callbackUrlsParse(query, header(req, 'cookie')))
    return { code: 'INVALID_INPUT', status: 400, key: 'malformedRequest' };
  // Next refuses a server action from another origin by throwing, which becomes a 500; an old browser that sends
  // no Origin at all is let through, as Next does.
  if (isPossibleAction(req, path)) {
    const origin = header(req, 'origin');
    if (origin !== undefined && !sameHost(origin, header(req, 'x-forwarded-host') ?? header(req, 'host')))
      return { code: 'FORBIDDEN', status: 403, key: 'foreignOrigin' };
  }
  return null;
}

// The path Next routes: dot segments resolved (`/api/v1/events/../x` is the page /api/v1/x, `%2e%2e` included).
function routedPath(rawPath: string): string {
  try {
    return new URL(rawPath, 'http://localhost').pathname;
  } catch {
    return rawPath;
  }
}

let routeHandlers: RegExp[] = [/^\/api\/(auth|v1)\//];

/**
 * The route handlers of the build, from the keys of `.next/server/app-paths-manifest.json` (`/api/v1/events/[slug]
 * /route`); a form POSTed to any other path reaches a page (its not-found page included), where Next treats it as
 * a possible action. Until set, /api/auth and /api/v1 stand for them.
 */
export function setRouteHandlers(manifestKeys: string[]): void {
  routeHandlers = manifestKeys
    .filter((key) => key.endsWith('/route'))
    .map((key) => {
      const segments = key
        .replace(/\/route$/, '')
        .split('/')
        .filter((s) => s && !/^\(.+\)$/.test(s))
        .map((s) =>
          /^\[\.\.\..+\]$/.test(s) ? '.+' : /^\[.+\]$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        );
      return new RegExp(`^/${segments.join('/')}/?$`);
    });
}

// What Next's action handler treats as one: a fetch action (its header), or a form POST to a page.
export function isPossibleAction(req: GuardRequest, path = routedPath((req.url ?? '').split('?')[0] ?? '')): boolean {
  if (req.method !== 'POST') return false;
  if (header(req, 'next-action') !== undefined) return true;
  const type = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'multipart/form-data' && type !== 'application/x-www-form-urlencoded') return false;
  return !routeHandlers.some((pattern) => pattern.test(path));
}

// next-auth throws (a 500) on a callbackUrl in the query or its callback-url cookie that is neither a path nor an
// absolute http(s) URL (next-auth/core/lib/assert.js isValidHttpUrl); it reads the query's last value.
function acceptedByNextAuth(value: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? 'http://localhost' : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(cookieHeader: string | undefined, names: string[]): string[] {
  return (cookieHeader ?? '').split(';').flatMap((pair) => {
    const at = pair.indexOf('=');
    if (at < 0 || !names.includes(pair.slice(0, at).trim())) return [];
    const raw = pair.slice(at + 1).trim();
    try {
      return [decodeURIComponent(raw)];
    } catch {
      return [raw];
    }
  });
}

function callbackUrlsParse(query: string, cookieHeader: string | undefined): boolean {
  const values = [
    ...new URLSearchParams(query).getAll('callbackUrl'),
    ...cookieValues(cookieHeader, ['next-auth.callback-url', '__Secure-next-auth.callback-url']),
  ];
  return values.every((value) => value === '' || acceptedByNextAuth(value));
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.split(',')[0]?.trim();
  } catch {
    return false;
  }
}

function refusal(req: GuardRequest, found: Problem, values: Record<string, number> = {}): Refusal {
  const locale = localeFromAcceptLanguage(header(req, 'accept-language') ?? null);
  const envelope: ErrorEnvelope = {
    error: { code: found.code, message: fill(getDictionary(locale).failures[found.key], values) },
  };
  return {
    status: found.status,
    headers: {
      ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Language': locale,
      ...found.headers,
    },
    body: JSON.stringify(envelope),
  };
}

/** The answer to a request Next must not see, in the API's envelope and the caller's language; null to pass it on. */
export function refuseMalformedRequest(req: GuardRequest): Refusal | null {
  const found = problem(req);
  return found ? refusal(req, found) : null;
}

/** The answer to a server action whose body React could not decode (see action-body.ts); null to pass it on. */
export async function refuseActionBody(req: GuardRequest, body: Buffer): Promise<Refusal | null> {
  const found = await actionBodyProblem(header(req, 'content-type'), header(req, 'next-action') !== undefined, body);
  if (found === 'tooLarge')
    return refusal(
      req,
      { code: 'PAYLOAD_TOO_LARGE', status: 413, key: 'payloadTooLarge' },
      { kb: ACTION_BODY_LIMIT_BYTES / 1024 },
    );
  return found ? refusal(req, { code: 'INVALID_INPUT', status: 400, key: 'malformedRequest' }) : null;
}
