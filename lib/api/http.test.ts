import { describe, expect, it } from 'vitest';
import { jsonError, preflightResponse, readJsonBody } from './http';

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
    expect(res).toEqual({ ok: true, value: { firstName: 'Erika' } });
  });

  it('answers 415 for another or a missing content type', async () => {
    expect(
      await readJsonBody(post('firstName=Erika', { 'content-type': 'application/x-www-form-urlencoded' }), MAX),
    ).toMatchObject({ ok: false, status: 415 });
    expect(
      await readJsonBody(new Request(URL_, { method: 'POST', body: new Uint8Array([123, 125]) }), MAX),
    ).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post('{}', { 'content-type': 'text/plain' }), MAX)).toMatchObject({
      ok: false,
      status: 415,
    });
  });

  it('answers 413 from a declared Content-Length without reading the body', async () => {
    const res = await readJsonBody(
      post('{}', { 'content-type': 'application/json', 'content-length': String(MAX + 1) }),
      MAX,
    );
    expect(res).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 413 for an oversized body without Content-Length', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX) });
    const request = streamed(big);
    expect(request.headers.get('content-length')).toBeNull();
    expect(await readJsonBody(request, MAX)).toMatchObject({ ok: false, status: 413 });
  });

  it('answers 413 when Content-Length understates the body', async () => {
    const big = JSON.stringify({ note: 'x'.repeat(MAX) });
    const res = await readJsonBody(post(big, { 'content-type': 'application/json', 'content-length': '10' }), MAX);
    expect(res).toMatchObject({ ok: false, status: 413 });
  });

  it('accepts a streamed body exactly at the limit', async () => {
    const text = JSON.stringify({ n: 'y'.repeat(MAX - 8) });
    expect(new TextEncoder().encode(text).length).toBe(MAX);
    expect(await readJsonBody(streamed(text), MAX)).toMatchObject({ ok: true });
  });

  it('answers 400 for malformed JSON, an empty body and non-objects', async () => {
    for (const body of ['{"firstName":', '', 'null', '[1,2]', '"text"', '42']) {
      const res = await readJsonBody(post(body), MAX);
      expect(res, body).toMatchObject({ ok: false, status: 400 });
    }
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const res = await readJsonBody(post(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), MAX);
    expect(res).toMatchObject({ ok: false, status: 400 });
  });
});

describe('responses', () => {
  it('jsonError carries the message, extra fields and the CORS header', async () => {
    const res = jsonError(409, 'Ausgebucht', { code: 'EVENT_FULL' });
    expect(res.status).toBe(409);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ error: 'Ausgebucht', code: 'EVENT_FULL' });
  });

  it('the preflight allows POST with Content-Type from any origin', () => {
    const res = preflightResponse();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });
});
