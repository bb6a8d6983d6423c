import { describe, expect, it } from 'vitest';
import { defineRoute } from './route';

describe('defineRoute', () => {
  it('serves a route without dynamic segments, for which Next passes no params', async () => {
    const GET = defineRoute({ access: 'public', run: async () => ({ ok: true }) });
    const res = await GET(new Request('http://localhost/api/v1/events'), {} as { params: Promise<object> });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers HEAD with the GET answer’s status and headers, and cancels its body so a streamed download stops', async () => {
    let cancelled = false;
    const GET = defineRoute({
      access: 'public',
      run: async () =>
        new Response(
          new ReadableStream({
            cancel: () => {
              cancelled = true;
            },
          }),
          {
            headers: { 'Content-Type': 'application/pdf' },
          },
        ),
    });
    const res = await GET(new Request('http://localhost/x.pdf', { method: 'HEAD' }), {} as { params: Promise<object> });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.body).toBeNull();
    expect(cancelled).toBe(true);
  });
});
