import { db } from '@/lib/server/db';

/** Deletes the magic-link tokens that have expired; returns how many. */
export async function deleteExpiredVerificationTokens(now = new Date()): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
