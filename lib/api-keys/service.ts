import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/server/db';

const PREFIX = 'tb_';

export const apiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  rateLimit: z.number().int().min(1).max(1_000_000).default(600),
  windowSeconds: z.number().int().min(1).max(86_400).default(600),
});

export type ApiKeyInput = z.input<typeof apiKeyInputSchema>;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Creates an API key; the plain key is returned once and only its hash is stored. */
export async function createApiKey(input: ApiKeyInput): Promise<{ id: string; key: string }> {
  const data = apiKeyInputSchema.parse(input);
  const key = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const { id } = await db.apiKey.create({ data: { ...data, keyHash: hashKey(key) }, select: { id: true } });
  return { id, key };
}

/** The active key behind an `Authorization: Bearer …` value, or null. */
export async function verifyApiKey(key: string) {
  if (!key.startsWith(PREFIX) || key.length > 100) return null;
  return db.apiKey.findFirst({
    where: { keyHash: hashKey(key), revokedAt: null },
    select: { id: true, name: true, rateLimit: true, windowSeconds: true },
  });
}

/** Revokes a key at once. */
export async function revokeApiKey(id: string, now = new Date()): Promise<void> {
  await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}
