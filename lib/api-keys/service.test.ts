import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createApiKey, revokeApiKey, verifyApiKey } from './service';

describe('API keys', () => {
  it('verifies a new key by its hash only, and stops after revocation', async () => {
    const { id, key } = await createApiKey({ name: 'Website Cluster IT', rateLimit: 100, windowSeconds: 60 });
    expect(key).toMatch(/^tb_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.keyHash).not.toContain(key.slice(3));
    expect(await verifyApiKey(key)).toMatchObject({ id, rateLimit: 100, windowSeconds: 60 });
    expect(await verifyApiKey(`${key.slice(0, -1)}x`)).toBeNull();
    expect(await verifyApiKey('not-a-key')).toBeNull();
    await revokeApiKey(id);
    expect(await verifyApiKey(key)).toBeNull();
  });
});
