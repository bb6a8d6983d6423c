import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';

// Signed out: the route must not need a session for public logos, and must refuse unpublished ones.
vi.mock('@/lib/auth/guards', () => ({ getCurrentUser: async () => null }));
const { GET } = await import('@/app/media/hosts/[id]/route');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const get = (id: string) => GET(new Request(`http://localhost/media/hosts/${id}`), { params: Promise.resolve({ id }) });

describe('GET /media/hosts/[id]', () => {
  it('serves a published event’s logo with its sniffed type, a year of caching and nosniff', async () => {
    const event = await createTestEvent({ published: true });
    const host = await db.host.create({
      data: { eventId: event.id, name: 'Partner', logo: PNG, logoMime: 'image/png' },
    });
    const res = await get(host.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  });

  it('answers 404 for unknown ids, hosts without logo and, signed out, unpublished events', async () => {
    const draft = await createTestEvent({ published: false });
    const hidden = await db.host.create({
      data: { eventId: draft.id, name: 'Entwurf', logo: PNG, logoMime: 'image/png' },
    });
    const noLogo = await db.host.create({ data: { eventId: draft.id, name: 'Ohne' } });
    for (const id of [hidden.id, noLogo.id, 'unbekannt', 'x'.repeat(500), 'nul\u0000']) {
      const res = await get(id);
      expect(res.status, id).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Nicht gefunden.' } });
    }
  });
});
