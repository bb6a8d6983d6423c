import { db } from '@/lib/server/db';
import { MAIL_QUEUE } from './jobs';
import { insertMailJobs } from './outbox';
import type { MailKind } from '@/lib/generated/prisma/client';

/** How long a queued row may wait for its job before the relay inserts it (the request inserts it at once). */
export const RELAY_GRACE_SECONDS = 30;

/**
 * Inserts the missing pg-boss job of every outbox row that is still queued, was never attempted and has
 * no job: the registration commits its rows first and inserts their jobs right after, so a crash (or a
 * failed insert) in between leaves such rows. Runs every minute from the worker; returns how many it queued.
 */
export async function relayOrphanedOutboxMails(graceSeconds = RELAY_GRACE_SECONDS, limit = 1000): Promise<number> {
  const rows = await db.$queryRaw<{ id: string; kind: MailKind; registrationId: string | null }[]>`
    SELECT o.id::text AS id, o.kind, o."registrationId" FROM "OutboxMail" o
    WHERE o.status = 'queued' AND o.attempts = 0 AND o."createdAt" < now() - make_interval(secs => ${graceSeconds})
      AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = ${MAIL_QUEUE} AND j.id = o.id)
      AND NOT EXISTS (SELECT 1 FROM pgboss.archive a WHERE a.name = ${MAIL_QUEUE} AND a.id = o.id)
    ORDER BY o."createdAt" LIMIT ${limit}`;
  if (rows.length > 0) await insertMailJobs(db, rows);
  return rows.length;
}
