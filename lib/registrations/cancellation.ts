import { AppError } from '@/lib/errors';
import { db, type Tx } from '@/lib/server/db';

// Cancellations of one event serialise on its row (the counter UPDATE); under a rush they may queue for a while.
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export interface CancellationResult {
  /** False when the registration was already cancelled (cancelling is idempotent). */
  cancelled: boolean;
  /** The waitlisted registration that got the freed seat, if any; it must be told by mail after commit. */
  promotedId: string | null;
}

/**
 * Cancels a registration. If it held a seat, the first person on the waiting list (arrival order)
 * gets it in the same transaction; otherwise the seat goes back to the event's counter.
 */
export async function cancelRegistration(
  registrationId: string,
  actor: string,
  now = new Date(),
  options: { refuseAfterStart?: boolean } = {},
): Promise<CancellationResult> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string; eventId: string; startsAt: Date }[]>`
      SELECT r.status::text AS status, r."eventId", e."startsAt"
      FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
      WHERE r.id = ${registrationId} FOR UPDATE OF r`;
    if (!row) throw new AppError('NOT_FOUND', 'Anmeldung nicht gefunden.');
    if (row.status === 'cancelled') return { cancelled: false, promotedId: null };
    const started = now >= row.startsAt;
    if (started && options.refuseAfterStart) {
      throw new AppError('REGISTRATION_CLOSED', 'Die Veranstaltung hat bereits begonnen; eine Stornierung ist nicht mehr möglich.');
    }
    await tx.registration.update({
      where: { id: registrationId },
      data: { status: 'cancelled', cancelledAt: now, cancelledBy: actor },
    });
    if (row.status !== 'confirmed') return { cancelled: true, promotedId: null };

    // Freeing the seat first takes the event row lock that registrations also take, so a registration
    // racing with this cancellation either is already visible on the waiting list or sees the free seat.
    await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" - 1 WHERE id = ${row.eventId}`;
    // Once the event has started, nobody is promoted: a "your seat is free" mail would come too late.
    if (started) return { cancelled: true, promotedId: null };
    const promotedId = await promoteFirstWaitlisted(tx, row.eventId, now);
    if (promotedId) await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = ${row.eventId}`;
    return { cancelled: true, promotedId };
  }, TX_OPTIONS);
}

/**
 * Gives the seat to the first waitlisted registration (arrival order). Cancellations of the event are
 * already serialised by its row lock, so a plain FOR UPDATE only waits for a brief edit of that row;
 * if the row stopped being waitlisted meanwhile, the next one is tried.
 */
async function promoteFirstWaitlisted(tx: Tx, eventId: string, now: Date): Promise<string | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [promoted] = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Registration" SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now}
      WHERE id = (
        SELECT id FROM "Registration"
        WHERE "eventId" = ${eventId} AND status = 'waitlisted'
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE
      ) AND status = 'waitlisted'
      RETURNING id`;
    if (promoted) return promoted.id;
    const [left] = await tx.$queryRaw<{ waiting: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "Registration" WHERE "eventId" = ${eventId} AND status = 'waitlisted') AS waiting`;
    if (!left?.waiting) return null;
  }
  return null;
}
