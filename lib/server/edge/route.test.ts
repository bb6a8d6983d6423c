import { describe, expect, it } from 'vitest';
import { defineRoute } from './route';

describe('defineRoute', () => {
  it('serves a route without dynamic segments, for which Next passes no params', async () => {
    const GET = defineRoute({ access: 'public', run: async () => ({ ok: true }) });
    const res = await GET(new Request('http://localhost/api/v1/events'), {} as { params: Promise<object> });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
