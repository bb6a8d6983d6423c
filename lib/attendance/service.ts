import 'server-only';
import { db } from '@/lib/server/db';

/** Records one open of the join link (first time once, last time and count always): the online attendance evidence. */
export async function recordJoinOpen(registrationId: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "Registration" SET "joinFirstAt" = COALESCE("joinFirstAt", ${now}), "joinLastAt" = ${now},
      "joinCount" = "joinCount" + 1
    WHERE id = ${registrationId}`;
}
