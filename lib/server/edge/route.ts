import 'server-only';
import { z } from 'zod';
import type { ErrorEnvelope, Failure } from '@/lib/edge/result';
import { AppError, HTTP_STATUS, inputError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { requireApiCheckInAccessBySlug, type SessionUser } from '@/lib/auth/guards';
import { type Access, authorize, type UserFor } from './access';
import { expectedError, toFailure } from './failure';
import { CORS_HEADERS, localeFromAcceptLanguage, readJsonBody } from './http';
import { log } from '@/lib/server/observability/logger';

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<A extends Access, E, Q, B> {
  request: Request;
  user: UserFor<A>;
  locale: Locale;
  /** The event named by the `slug` parameter, as the definition's `event` loader returned it. */
  event: E;
  /** The route's dynamic segments as Next passed them (unvalidated). */
  params: Readonly<Record<string, string>>;
  query: Out<Q>;
  body: Out<B>;
}

export interface RouteDefinition<A extends Access, E, Q, B> {
  access: A;
  /**
   * Loads the event of the `slug` parameter (null: 404). Check-in access is per event, so that loader runs first;
   * every other access is checked before, so signed-out callers learn nothing about which slugs exist.
   */
  event?: (slug: string) => Promise<E | null>;
  /** Parses the query string (an object of its first values). */
  query?: Q;
  /** Parses a JSON body of at most `maxBytes`. */
  body?: B extends Schema ? { schema: B; maxBytes: number } : never;
  /** Public API routes answer any origin. */
  cors?: boolean;
  run: (ctx: RouteContext<A, E, Q, B>) => Promise<Response | object>;
}

export type RouteHandler = ((request: Request, context: { params: Promise<object> }) => Promise<Response>) & {
  access: Access;
};

// Control characters never occur in a slug, and PostgreSQL refuses NUL in a query parameter.
const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\P{Cc}+$/u);

function headersFor(cors: boolean | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return { 'Cache-Control': 'no-store', ...(cors ? CORS_HEADERS : {}), ...extra };
}

/** The one JSON error body, with the status of its code and Retry-After for 429 and 503. */
export function errorResponse(failure: Failure, options: { cors?: boolean; retryAfterSeconds?: number } = {}) {
  const body: ErrorEnvelope = { error: { code: failure.code, message: failure.formError ?? '' } };
  if (failure.fieldErrors && Object.keys(failure.fieldErrors).length > 0) body.errors = failure.fieldErrors;
  if (!body.error.message) body.error.message = Object.values(body.errors ?? {})[0] ?? failure.code;
  const retry = options.retryAfterSeconds ? { 'Retry-After': String(options.retryAfterSeconds) } : undefined;
  return Response.json(body, { status: HTTP_STATUS[failure.code], headers: headersFor(options.cors, retry) });
}

function parse<S extends Schema | undefined>(schema: S, value: unknown): Out<S> {
  if (!schema) return undefined as Out<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw inputError(parsed.error.issues);
  return parsed.data as Out<S>;
}

/**
 * A route handler: the event by slug, access, query and body parsed once, and every expected failure
 * answered with the one error envelope in the request's language (`Accept-Language`). A handler returns a
 * Response (downloads, PDFs, custom status) or an object sent as JSON 200.
 */
export function defineRoute<
  A extends Access,
  E = A extends 'checkin' ? { id: string } : undefined,
  Q = undefined,
  B = undefined,
>(definition: RouteDefinition<A, E, Q, B>): RouteHandler {
  const handler = async (request: Request, context: { params: Promise<object> }): Promise<Response> => {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    try {
      // Routes without dynamic segments get no params from Next.
      const params = ((await context?.params) ?? {}) as Record<string, string>;
      let user: SessionUser | null;
      let event: E | undefined;
      const slug = slugSchema.safeParse(params.slug);
      if (definition.access === 'checkin') {
        // Check-in access is per event: the event, the session and the staff assignments in one statement.
        if (!slug.success) throw new AppError('NOT_FOUND', 'eventNotFound');
        const access = await requireApiCheckInAccessBySlug(slug.data, request);
        user = access.user;
        event = definition.event ? ((await definition.event(slug.data)) ?? undefined) : ({ id: access.eventId } as E);
      } else {
        user = await authorize(definition.access, { api: true });
        if (definition.event) event = (slug.success && (await definition.event(slug.data))) || undefined;
      }
      if (definition.event && !event) throw new AppError('NOT_FOUND', 'eventNotFound');
      const query = parse(definition.query as Schema | undefined, queryObject(request));
      const body = definition.body
        ? parse(definition.body.schema, await readJsonBody(request, definition.body.maxBytes))
        : undefined;
      const ctx = { request, user, locale, event, params, query, body } as RouteContext<A, E, Q, B>;
      const result = await definition.run(ctx);
      if (request.method === 'HEAD' && result instanceof Response) {
        // Next answers HEAD with the GET handler and drops the body; cancelling it stops a streamed download's work.
        await result.body?.cancel();
        return new Response(null, { status: result.status, headers: result.headers });
      }
      return result instanceof Response ? result : Response.json(result, { headers: headersFor(definition.cors) });
    } catch (error) {
      const failure = toFailure(error, locale);
      if (failure) {
        const expected = expectedError(error);
        const retryAfterSeconds = expected instanceof AppError ? expected.retryAfterSeconds : undefined;
        return errorResponse(failure, { cors: definition.cors, retryAfterSeconds });
      }
      log('api').error(
        { err: error, method: request.method, path: new URL(request.url).pathname },
        'unexpected failure',
      );
      return errorResponse(toFailure(new AppError('INTERNAL_ERROR', 'internal'), locale)!, { cors: definition.cors });
    }
  };
  return Object.assign(handler, { access: definition.access });
}

/** JSON with the route's headers (no-store, CORS for public APIs) and a status, e.g. 201. */
export function jsonResponse(body: unknown, status = 200, options: { cors?: boolean } = {}): Response {
  return Response.json(body, { status, headers: headersFor(options.cors) });
}

// URLSearchParams keeps a malformed escape as it is and decodes %00 to NUL, which PostgreSQL refuses: such a
// query string is refused whole (400), on every route, so the OpenAPI document can promise it.
function queryObject(request: Request): Record<string, string> {
  const search = new URL(request.url).search.slice(1);
  for (const part of search ? search.split('&') : []) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw new AppError('INVALID_INPUT', 'invalidInput');
    }
    if (decoded.includes('\u0000')) throw new AppError('INVALID_INPUT', 'invalidInput');
  }
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) out[key] ??= value;
  return out;
}
