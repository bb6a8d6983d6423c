import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, preflightResponse, readJsonBody } from './http';

/** The status a refused body read answers with (the AppError's), or 200 with the value. */
async function statusOf(promise: Promise<unknown>): Promise<{ status: number; value?: unknown }> {
  try {
    return { status: 200, value: await promise };
  } catch (error) {
    return { status: (error as { status: number }).status };
  }
}

const URL_ = 'http://localhost/api/v1/events/x/registrations';
const MAX = 1024;

function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return new Request(URL_, { method: 'POST', body, headers });
}

// A body without Content-Length, as a chunked upload would arrive.
function streamed(text: string, chunkSize = 100) {
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += chunkSize) controller.enqueue(bytes.slice(i, i + chunkSize));
      controller.close();
    },
  });
  return new Request(URL_, {
    method: 'POST',
    body: stream,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit);
}

describe('readJsonBody', () => {
  it('accepts a JSON object, also with a charset parameter', async () => {
    const res = await readJsonBody(
      post('{"firstName":"Erika"}', { 'content-type': 'application/json; charset=utf-8' }),
      MAX,
    );
    expect(res).toEqual({ firstName: 'Erika' });
  });

  it('answers 415 for another or a missing content type', async () => {
    expect(
      await statusOf(
        readJsonBody(post('firstName=Erika', { 'content-type': 'application/x-www-form-urlencoded' }), MAX),
      ),
    ).toMatchObject({ status: 415 });
    expect(
      await statusOf(readJsonBody(new Request(URL_, { method: 'POST', body: new Uint8Array([123, 125]) }), MAX)),
    ).toMatchObject({ status: 415 });
    expect(await statusOf(readJsonBody(post('{}', { 'content-type': 'text/plain' }), MAX))).toMatchObject({
      status: 415,
    });
  });

  it('answers 413 from a declared Content-Length without reading the body', async () => {
    const res = await statusOf(
      readJsonBody(post('{}', { 'content-type': 'application/json', 'content-length': String(MAX + 1) }), MAX),
    );
    expect(res).toMatchObject({ status: 413 });
  });

  it('answers 413 for an oversized body without Content-Length', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX) });
    const request = streamed(big);
    expect(request.headers.get('content-length')).toBeNull();
    expect(await statusOf(readJsonBody(request, MAX))).toMatchObject({ status: 413 });
  });

  it('answers 413 when Content-Length understates the body', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX) });
    const res = await statusOf(
      readJsonBody(post(big, { 'content-type': 'application/json', 'content-length': '10' }), MAX),
    );
    expect(res).toMatchObject({ status: 413 });
  });

  it('accepts a streamed body exactly at the limit', async () => {
    const text = JSON.stringify({ n: 'y'.repeat(MAX - 8) });
    expect(new TextEncoder().encode(text).length).toBe(MAX);
    expect(await statusOf(readJsonBody(streamed(text), MAX))).toMatchObject({ status: 200 });
  });

  it('answers 400 for malformed JSON, an empty body and non-objects', async () => {
    for (const body of ['{"firstName":', '', 'null', '[1,2]', '"text"', '42']) {
      const res = await statusOf(readJsonBody(post(body), MAX));
      expect(res, body).toMatchObject({ status: 400 });
    }
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const res = await statusOf(readJsonBody(post(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), MAX));
    expect(res).toMatchObject({ status: 400 });
  });
});

describe('responses', () => {
  it('the preflight allows POST with Content-Type from any origin and exposes Retry-After', () => {
    const res = preflightResponse();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the supported language with the highest weight, German by default', () => {
    expect(localeFromAcceptLanguage(null)).toBe('de');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR, en;q=0.5, de;q=0.8')).toBe('de');
    expect(localeFromAcceptLanguage('fr, en;q=0.3')).toBe('en');
    expect(localeFromAcceptLanguage('fr, it')).toBe('de');
    expect(localeFromAcceptLanguage('en;q=0')).toBe('de');
  });
});
