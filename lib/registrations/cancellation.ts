import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';

// Cancellations of one event serialise on its row; under a rush they may queue for a while.
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
    const promoted = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Registration" SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now}
      WHERE id = (
        SELECT id FROM "Registration"
        WHERE "eventId" = ${row.eventId} AND status = 'waitlisted'
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id`;
    const promotedId = promoted[0]?.id ?? null;
    if (promotedId) await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = ${row.eventId}`;
    return { cancelled: true, promotedId };
  }, TX_OPTIONS);
}
