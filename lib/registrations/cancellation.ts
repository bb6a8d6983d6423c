import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';

// Cancellations of one event serialise on its row (the counter UPDATE); under a rush they may queue for a while.
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export interface CancellationResult {
  /** False when the registration was already cancelled (cancelling is idempotent). */
  cancelled: boolean;
  /** The waitlisted registration that got the freed seat, if any (its mail is already in the outbox). */
  promotedId: string | null;
  /** A full event has a free seat again: the public event page no longer shows it as full. */
  reopened: boolean;
}

/**
 * Cancels a registration. If it held a seat, the first person on the waiting list (arrival order)
 * gets it in the same transaction; otherwise the seat goes back to the event's counter. The cancellation
 * mail and the promotion mail join the outbox in that transaction too.
 */
export async function cancelRegistration(
  registrationId: string,
  actor: string,
  now = new Date(),
  options: { refuseAfterStart?: boolean } = {},
): Promise<CancellationResult> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string; eventId: string; startsAt: Date; email: string }[]>`
      SELECT r.status::text AS status, r."eventId", e."startsAt", r.email
      FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
      WHERE r.id = ${registrationId} FOR UPDATE OF r`;
    if (!row) throw new AppError('NOT_FOUND', 'registrationNotFound');
    if (row.status === 'cancelled') return { cancelled: false, promotedId: null, reopened: false };
    const started = now >= row.startsAt;
    if (started && options.refuseAfterStart) {
      throw new AppError('REGISTRATION_CLOSED', 'cancellationAfterStart');
    }
    await tx.registration.update({
      where: { id: registrationId },
      data: { status: 'cancelled', cancelledAt: now, cancelledBy: actor },
    });
    await enqueueMail(tx, { kind: 'cancellation', recipient: row.email, eventId: row.eventId, registrationId });
    if (row.status !== 'confirmed') return { cancelled: true, promotedId: null, reopened: false };

    // Freeing the seat first takes the event row lock that registrations also take, so a registration
    // racing with this cancellation either is already visible on the waiting list or sees the free seat.
    const [seats] = await tx.$queryRaw<{ reopened: boolean }[]>`
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" - 1 WHERE id = ${row.eventId}
      RETURNING "confirmedCount" = "capacity" - 1 AS reopened`;
    // Once the event has started, nobody is promoted: a "your seat is free" mail would come too late.
    if (started) return { cancelled: true, promotedId: null, reopened: false };
    const promoted = await promoteFirstWaitlisted(tx, row.eventId, now);
    if (!promoted) return { cancelled: true, promotedId: null, reopened: seats?.reopened === true };
    await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = ${row.eventId}`;
    await enqueueMail(tx, {
      kind: 'promotion',
      recipient: promoted.email,
      eventId: row.eventId,
      registrationId: promoted.id,
    });
    const promotedId = promoted.id;
    return { cancelled: true, promotedId, reopened: false };
  }, TX_OPTIONS);
}

/**
 * Gives the seat to the first waitlisted registration (arrival order). Cancellations of the event are
 * already serialised by its row lock, so a plain FOR UPDATE only waits for a brief edit of that row;
 * if the row stopped being waitlisted meanwhile, the next one is tried.
 */
async function promoteFirstWaitlisted(
  tx: Tx,
  eventId: string,
  now: Date,
): Promise<{ id: string; email: string } | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [promoted] = await tx.$queryRaw<{ id: string; email: string }[]>`
      UPDATE "Registration" SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now}
      WHERE id = (
        SELECT id FROM "Registration"
        WHERE "eventId" = ${eventId} AND status = 'waitlisted'
        ORDER BY "createdAt", id
        LIMIT 1
        FOR UPDATE
      ) AND status = 'waitlisted'
      RETURNING id, email`;
    if (promoted) return promoted;
    const [left] = await tx.$queryRaw<{ waiting: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "Registration" WHERE "eventId" = ${eventId} AND status = 'waitlisted') AS waiting`;
    if (!left?.waiting) return null;
  }
  return null;
}
