import fc from 'fast-check';
import { type JsonSchema, arbitraryOf, mutated, nastyString, nastyValue } from './schema-arbitrary';
import type { RouteTarget } from './targets';

// Requests for route handlers: their own methods and odd ones, dynamic segments filled with real values, random
// text or broken percent-encoding, odd queries, headers and content types, and bodies generated from the OpenAPI
// document's request schemas (mutated), or any JSON, broken JSON, form data or garbage.

export interface FuzzRequest {
  target: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzWorld {
  baseUrl: string;
  /** Real values per dynamic segment name (slug, token, id, …), tried next to random ones. */
  params: Record<string, string[]>;
  adminCookie: string;
  apiKey: string;
  /** OpenAPI request body schema per `METHOD /api/v1/...` pattern, and the document's component schemas. */
  bodies: Record<string, JsonSchema>;
  components: Record<string, JsonSchema>;
}

export const ODD_METHODS = [
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'SEARCH',
];

// encodeURIComponent throws on a lone surrogate; its UTF-8-like bytes (CESU-8) are a nasty segment of their own.
const encode = (s: string) =>
  s
    .slice(0, 300)
    .split(/([\ud800-\udfff])/)
    .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');

/** A path segment: a real value, random text (encoded), or raw broken percent-encoding. */
export function segment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: real.length ? fc.constantFrom(...real) : fc.constant('x') },
    { weight: 2, arbitrary: fc.oneof(nastyString, fc.string()).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%ff', '%', 'a%2', '%c0%ae', '%00', '..', '%2e%2e', '%2F', 'a%20b', '~') },
  );
}

const queryValue = fc.oneof(
  fc.string().map(encode),
  nastyString.map(encode),
  fc.constantFrom('%ff', '%', 'http%3A%2F%2F%5B', '%2F%2Fevil.example', 'javascript%3Aalert(1)', 'csv', 'xlsx', 'de'),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'callbackUrl',
        'format',
        'columns',
        'status',
        'q',
        'page',
        'lang',
        'token',
        'email',
        'since',
        'x',
      ),
      queryValue,
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const latin1 = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`);

export function commonHeaders(world: FuzzWorld): fc.Arbitrary<Record<string, string>> {
  const origin = fc.constantFrom(undefined, world.baseUrl, 'https://evil.example', 'null');
  return fc
    .record({
      'x-forwarded-for': ipv4,
      'accept-language': fc.option(fc.constantFrom('de-DE', 'en-GB,en;q=0.8', '*', 'xx', ';;q=abc', 'de;q=2'), {
        nil: undefined,
      }),
      origin: origin,
      cookie: fc.option(fc.constantFrom('lang=en', 'lang=%ff', 'next-auth.session-token=abc', 'a=b; ; =;'), {
        nil: undefined,
      }),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/xml',
  '*/*',
  'application/json; charset=latin1',
];

const BROKEN_JSON = ['{', '{"a":', '[1,]', 'nul', '{"a":1}garbage', '"\\ud800"', '{"email":"a\\u0000b"}', '\u0000'];

/** A body where no schema is known, or instead of the schema's: anything from JSON to garbage. */
export const anyBody: fc.Arbitrary<{ body: string; type?: string }> = fc.oneof(
  fc.jsonValue().map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  nastyValue.map((v) => ({ body: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  fc.constantFrom(...BROKEN_JSON).map((body) => ({ body, type: 'application/json' })),
  fc.integer({ min: 1000, max: 60_000 }).map((n) => ({ body: '['.repeat(n), type: 'application/json' })),
  fc.tuple(fc.string(), fc.constantFrom(...CONTENT_TYPES)).map(([body, type]) => ({ body, type })),
  fc.constant({
    body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c\r\n--x--\r\n',
    type: CONTENT_TYPES[4],
  }),
  fc.constant({ body: 'email=a%40b.c&csrfToken=%ff', type: 'application/x-www-form-urlencoded' }),
);

function fill(route: string, world: FuzzWorld): fc.Arbitrary<string> {
  const parts = route.split('/').map((part) => {
    const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(part)?.[1];
    if (!name) return fc.constant(part);
    const values = world.params[name] ?? [];
    return part.startsWith('[...')
      ? fc.array(segment(values), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'))
      : segment(values);
  });
  return fc.tuple(...parts).map((p) => p.join('/'));
}

/** Requests for one route handler. */
export function routeRequest(target: RouteTarget, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const own = target.methods.length ? target.methods : ['GET'];
  const method = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_METHODS) },
  );
  const signedIn = /^\/(dashboard|api\/v1\/events\/\[slug\]\/checkin)/.test(target.route);
  return fc
    .record({
      method,
      path: fill(target.route, world),
      query,
      headers: commonHeaders(world),
      session: fc.boolean(),
      apiKey: fc.constantFrom(undefined, world.apiKey, 'tb_falsch', 'Basic abc'),
      body: fc.option(anyBody, { freq: 2 }),
    })
    .chain((r) => {
      const schema = world.bodies[`${r.method} ${target.route}`];
      const body = schema
        ? fc.oneof(
            {
              weight: 3,
              arbitrary: mutated(arbitraryOf(schema, world.components)).map((v) => ({
                body: JSON.stringify(v) ?? '',
                type: 'application/json',
              })),
            },
            { weight: 1, arbitrary: anyBody },
          )
        : fc.constant(r.body);
      return body.map((b) => {
        const headers: Record<string, string> = { ...r.headers };
        if (signedIn && r.session) headers.cookie = world.adminCookie;
        if (r.apiKey && target.route.includes('registrations')) headers.authorization = `Bearer ${r.apiKey}`;
        if (b?.type) headers['content-type'] = b.type;
        return {
          target: `${target.route}`,
          method: r.method,
          path: `${r.path}${r.query}`,
          headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, latin1(v)])),
          body: b?.body,
        };
      });
    });
}
