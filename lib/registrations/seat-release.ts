// The registration core's other half (see seats.ts): a cancelled seat goes back to the event, or to the first
// person on the waiting list, whose promotion mail joins the same transaction.
import { enqueueMail } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/server/db';

export interface ReleasedSeat {
  /** The waitlisted registration that got the seat, if any (its mail is already in the outbox). */
  promotedId: string | null;
  /** A full event has a free seat again: the public event page no longer shows it as full. */
  reopened: boolean;
}

/**
 * Releases a confirmed registration's seat inside the cancelling transaction. Freeing the seat first takes the
 * event row lock that registrations also take, so a registration racing with it either is already visible on
 * the waiting list or sees the free seat. Once the event has started nobody is promoted: a "your seat is free"
 * mail would come too late.
 */
export async function releaseSeat(
  tx: Tx,
  eventId: string,
  options: { promote: boolean; now: Date },
): Promise<ReleasedSeat> {
  const [seats] = await tx.$queryRaw<{ reopened: boolean }[]>`
    UPDATE "Event" SET "confirmedCount" = "confirmedCount" - 1 WHERE id = ${eventId}
    RETURNING "confirmedCount" = "capacity" - 1 AS reopened`;
  // After the start, the event page shows the event as past, not as open again.
  if (!options.promote) return { promotedId: null, reopened: false };
  const promoted = await promoteFirstWaitlisted(tx, eventId, options.now);
  if (!promoted) return { promotedId: null, reopened: seats?.reopened === true };
  await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = ${eventId}`;
  await enqueueMail(tx, { kind: 'promotion', recipient: promoted.email, eventId, registrationId: promoted.id });
  return { promotedId: promoted.id, reopened: false };
}

/**
 * Gives the seat to the first waitlisted registration (arrival order, as lib/registrations/waitlist.ts counts).
 * Cancellations of the event are serialised by its row lock, so a plain FOR UPDATE only waits for a brief edit
 * of that row; if the row stopped being waitlisted meanwhile, the next one is tried.
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
