import { db } from '@/lib/server/db';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the current window ends; for the Retry-After header. */
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * Counts one hit for `key` in a fixed window and says whether it is within `limit`.
 * The counter lives in Postgres, so the limit holds across several app instances.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  // Finished windows are useless; about one hit in a hundred clears out those older than a day.
  if (Math.random() < 0.01) void pruneRateLimits(24 * 60 * 60, now).catch(() => undefined);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds, remaining: Math.max(0, limit - count) };
}

/** Deletes finished windows; cheap enough to run now and then from a request. */
export async function pruneRateLimits(olderThanSeconds: number, now = new Date()): Promise<number> {
  return db.rateLimitBucket
    .deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - olderThanSeconds * 1000) } } })
    .then((r) => r.count);
}
