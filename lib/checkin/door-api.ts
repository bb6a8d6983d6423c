// The door device's HTTP client for the check-in API: every answer is parsed, and every failure is a value, not a throw.
import type { z } from 'zod';
import {
  attendeeListResponseSchema,
  conflictsResponseSchema,
  errorResponseSchema,
  scanResultsResponseSchema,
  type SyncInput,
  undoResponseSchema,
  type UndoInput,
  walkInResponseSchema,
} from './schema';

// A request that hangs (captive portal, half-open Wi-Fi) must not block the sync loop.
const REQUEST_TIMEOUT_MS = 10_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Why a request failed: no answer at all, a non-2xx answer, or a 2xx answer that does not fit its schema. */
export type ApiFailure =
  | { ok: false; reason: 'network'; message: string }
  | { ok: false; reason: 'http'; status: number; message: string | null; fieldErrors: Record<string, string> }
  | { ok: false; reason: 'malformed'; status: number; message: string };

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

/** The server's message and field errors from the error envelope. */
export function readErrorBody(body: unknown): { message: string | null; fieldErrors: Record<string, string> } {
  const parsed = errorResponseSchema.safeParse(body);
  if (!parsed.success) return { message: null, fieldErrors: {} };
  return { message: parsed.data.error?.message ?? null, fieldErrors: parsed.data.errors ?? {} };
}

/** One line for logs and the state's syncError. */
export function describeFailure(failure: ApiFailure): string {
  if (failure.reason === 'network') return `network: ${failure.message}`;
  return `${failure.reason} ${failure.status}${failure.message ? `: ${failure.message}` : ''}`;
}

async function request<S extends z.ZodType>(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  schema: S,
): Promise<ApiResult<z.infer<S>>> {
  let res: Response;
  let body: unknown;
  try {
    res = await fetchImpl(url, {
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ...init,
    });
    body = await res.json().catch(() => undefined);
  } catch (error) {
    return { ok: false, reason: 'network', message: String(error) };
  }
  if (!res.ok) return { ok: false, reason: 'http', status: res.status, ...readErrorBody(body) };
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'body';
    return { ok: false, reason: 'malformed', status: res.status, message: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, data: parsed.data };
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** The check-in API of one event, as the door device calls it; errors come back in the screen's language. */
export function createDoorApi(slug: string, fetchImpl: FetchLike, locale?: string) {
  const base = `/api/v1/events/${encodeURIComponent(slug)}/checkin`;
  // The browser's own Accept-Language may differ from the language chosen on the site (the `lang` cookie).
  const withLocale: FetchLike = locale
    ? (url, init) =>
        fetchImpl(url, { ...init, headers: { ...(init.headers as Record<string, string>), 'Accept-Language': locale } })
    : fetchImpl;
  return {
    attendees: (since: string | null) =>
      request(
        withLocale,
        `${base}/attendees${since ? `?since=${encodeURIComponent(since)}` : ''}`,
        {},
        attendeeListResponseSchema,
      ),
    scans: (input: SyncInput) => request(withLocale, `${base}/scans`, post(input), scanResultsResponseSchema),
    undo: (input: UndoInput) => request(withLocale, `${base}/undo`, post(input), undoResponseSchema),
    walkIn: (input: Record<string, string>) =>
      request(withLocale, `${base}/walk-ins`, post(input), walkInResponseSchema),
    conflicts: () => request(withLocale, `${base}/conflicts`, {}, conflictsResponseSchema),
  };
}

export type DoorApi = ReturnType<typeof createDoorApi>;
