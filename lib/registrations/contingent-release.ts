import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { promoteWaitlisted } from './seat-release';

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };
// Promotions per release: a contingent is a few dozen seats; a bound keeps one transaction short.
const PROMOTION_LIMIT = 500;

/**
 * The release (see releaseContingent in contingent.ts): one conditional UPDATE marks the contingent released
 * (only once: `reservedReleasedAt IS NULL`) and reports how many seats were still held; the waiting list moves up
 * into the public seats now free, in arrival order, each by the core's promotion statement.
 */
export async function releaseContingentNow(
  eventId: string,
  actor: string,
  now: Date,
): Promise<{ released: number; promoted: number; slug: string | null }> {
  const outcome = await db.$transaction(async (tx) => {
    // The unused part of the contingent, whether or not its release time has passed already.
    const [row] = await tx.$queryRaw<{ released: number; slug: string }[]>`
      UPDATE "Event" SET "reservedReleasedAt" = ${now}
      WHERE id = ${eventId} AND "reservedReleasedAt" IS NULL
      RETURNING GREATEST("reservedSeats" - "reservedTaken", 0)::int AS released, slug`;
    if (!row) {
      if (!(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } })))
        throw new AppError('NOT_FOUND', 'eventNotFound');
      return null;
    }
    const promoted = await promoteWaitlisted(tx, eventId, now, PROMOTION_LIMIT);
    await recordAudit(tx, {
      actor,
      action: 'event.contingent-release',
      eventId,
      summary:
        actor === 'system'
          ? `Kontingent zum geplanten Zeitpunkt freigegeben (${row.released} Plätze), ${promoted.length} von der Warteliste nachgerückt.`
          : `Kontingent freigegeben (${row.released} Plätze), ${promoted.length} von der Warteliste nachgerückt.`,
      details: { released: row.released, promoted: promoted.length },
    });
    return { released: row.released, promoted: promoted.length, slug: row.slug };
  }, TX_OPTIONS);
  return outcome ?? { released: 0, promoted: 0, slug: null };
}

/**
 * Events whose scheduled release time has passed and whose contingent is not released yet. Runs in the worker,
 * which has no Next.js cache to drop: the event page follows within its own revalidation time
 * (app/cached/[locale]/events/[slug]/page.tsx), and the places it computes are right from the release time on.
 */
export async function releaseDueContingents(now: Date = new Date()): Promise<number> {
  const due = await db.event.findMany({
    where: { reservedReleasedAt: null, reservedReleaseAt: { lte: now }, reservedSeats: { gt: 0 } },
    select: { id: true },
    take: 100,
  });
  for (const event of due) await releaseContingentNow(event.id, 'system', now);
  return due.length;
}
