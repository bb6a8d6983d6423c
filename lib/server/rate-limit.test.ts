import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hitRateLimit, pruneRateLimits } from './rate-limit';

const key = () => `test:${randomBytes(6).toString('hex')}`;

describe('hitRateLimit', () => {
  it('allows the limit within a window and refuses the next hit with a Retry-After', async () => {
    const k = key();
    const now = new Date('2026-11-27T10:00:30Z');
    for (let i = 0; i < 10; i++) expect((await hitRateLimit(k, 10, 600, now)).allowed).toBe(true);
    const refused = await hitRateLimit(k, 10, 600, now);
    expect(refused.allowed).toBe(false);
    // The 600 s window started at 10:00:00, so it ends 570 s after 10:00:30.
    expect(refused.retryAfterSeconds).toBe(570);
  });

  it('counts exactly under concurrency and starts afresh in the next window', async () => {
    const k = key();
    const now = new Date('2026-11-27T11:00:00Z');
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(k, 10, 600, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect((await hitRateLimit(k, 10, 600, new Date('2026-11-27T11:10:00Z'))).allowed).toBe(true);
  });

  it('keeps keys apart and prunes old windows', async () => {
    const [a, b] = [key(), key()];
    const now = new Date('2020-01-01T00:00:00Z');
    await hitRateLimit(a, 1, 60, now);
    expect((await hitRateLimit(b, 1, 60, now)).allowed).toBe(true);
    expect(await pruneRateLimits(3600, new Date('2020-01-02T00:00:00Z'))).toBeGreaterThanOrEqual(2);
  });
});
