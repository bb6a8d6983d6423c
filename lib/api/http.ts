// Helpers for the public JSON API (app/api/v1): CORS, error bodies and a size-limited JSON reader.

/** Headers that let any website call the public API from the browser. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Max-Age': '86400',
};

/** Merges the CORS headers into the given headers. */
export function withCors(headers: HeadersInit = {}): Headers {
  const out = new Headers(headers);
  for (const [key, value] of Object.entries(CORS_HEADERS)) out.set(key, value);
  return out;
}

/** A JSON response with CORS headers. */
export function jsonResponse(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: withCors(headers) });
}

/** `{ error: message, ...extra }` with the given status and CORS headers. */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse({ ...extra, error: message }, status);
}

/** The answer to a CORS preflight request. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: withCors() });
}

export type JsonBodyResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; status: 415 | 413 | 400; message: string };

const UNSUPPORTED = 'Bitte senden Sie die Daten als JSON (Content-Type: application/json).';
const MALFORMED = 'Der Inhalt ist kein gültiges JSON.';
const NOT_AN_OBJECT = 'Der Inhalt muss ein JSON-Objekt sein.';

const tooLarge = (maxBytes: number) => ({
  ok: false as const,
  status: 413 as const,
  message: `Die Anfrage ist zu groß (höchstens ${Math.floor(maxBytes / 1024)} KB).`,
});

function isJsonContentType(value: string | null): boolean {
  const mediaType = value?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

// Counts bytes as they arrive, so a missing or false Content-Length cannot make us buffer more than maxBytes.
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads a JSON object body: 415 for another content type, 413 above maxBytes, 400 for malformed or non-object JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) return { ok: false, status: 415, message: UNSUPPORTED };
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return tooLarge(maxBytes);
  let text = '';
  if (request.body) {
    let bytes: Uint8Array | null;
    try {
      bytes = await readLimited(request.body, maxBytes);
    } catch {
      return { ok: false, status: 400, message: MALFORMED };
    }
    if (!bytes) return tooLarge(maxBytes);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, status: 400, message: MALFORMED };
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: MALFORMED };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, status: 400, message: NOT_AN_OBJECT };
  return { ok: true, value: value as Record<string, unknown> };
}
