// HTTP pieces of the edge pipeline: CORS for the public API, the language of an API request, and a
// size-limited JSON body reader whose refusals are AppErrors like every other refusal.
import { AppError } from '@/lib/errors';
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/lib/i18n/config';

/** Headers that let any website call the public API from the browser. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept-Language',
  // Not CORS-safelisted: browsers hide it from scripts unless exposed.
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '86400',
};

/** The answer to a CORS preflight request. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** The best supported language of an `Accept-Language` header (q-values honoured); German by default. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  let best: { locale: Locale; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    const locale = LOCALES.find((l) => tag === l || tag.startsWith(`${l}-`));
    if (locale && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

const tooLarge = (maxBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', 'payloadTooLarge', { kb: Math.floor(maxBytes / 1024) });
const malformed = () => new AppError('INVALID_INPUT', 'malformedJson');

// Counts bytes as they arrive, so a missing or false Content-Length cannot make us buffer more than maxBytes.
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw malformed();
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
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

/** A JSON object body; 415 for another content type, 413 above maxBytes, 400 for malformed or non-object JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  if (!isJsonContentType(request.headers.get('content-type')))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupportedMediaType');
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const bytes = request.body ? await readLimited(request.body, maxBytes) : new Uint8Array();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw malformed();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new AppError('INVALID_INPUT', 'notAnObject');
  return value as Record<string, unknown>;
}
