// The registration core's other half (see seats.ts): a cancelled seat goes back to its pool (the invitees'
// contingent or the public one), and the first person on the waiting list who may take a free seat gets it,
// with the promotion mail in the same transaction.
import { enqueueMail } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/server/db';
import type { AttendanceMode } from '@/lib/events/modes';
import { Prisma } from '@/lib/generated/prisma/client';
import { heldSql, lockedEventSql, poolCountSql } from './seat-sql';
import { seatWaitlistedBookings } from './session-release';

export interface ReleasedSeat {
  /** The waitlisted registration that got the seat, if any (its mail is already in the outbox). */
  promotedId: string | null;
  /** A full event has a free public seat again: the public event page no longer shows it as full. */
  reopened: boolean;
}

/**
 * Releases a confirmed registration's seat inside the cancelling transaction: a contingent seat goes back to the
 * contingent (reservedTaken − 1), so it stays held for invitees until the contingent is released. Freeing the seat
 * first takes the event row lock that registrations also take, so a registration racing with it either is already
 * visible on the waiting list or sees the free seat. Once the event has started nobody is promoted: a "your seat
 * is free" mail would come too late.
 */
export async function releaseSeat(
  tx: Tx,
  eventId: string,
  options: { promote: boolean; now: Date; contingentSeat?: boolean; mode?: AttendanceMode },
): Promise<ReleasedSeat> {
  const mode = options.mode ?? 'onsite';
  const online = mode === 'online';
  const back = options.contingentSeat && !online ? 1 : 0;
  const [after] = await tx.$queryRaw<{ capacity: number | null; c: number; h: number }[]>`
    UPDATE "Event" SET ${poolCountSql(Prisma.sql`${mode}::text`, Prisma.sql`-1`)},
      "reservedTaken" = GREATEST("reservedTaken" - ${back}::int, 0)
    WHERE id = ${eventId}
    RETURNING (CASE WHEN ${online} THEN "onlineCapacity" ELSE capacity END) AS capacity,
      (CASE WHEN ${online} THEN "onlineConfirmedCount" ELSE "confirmedCount" END) AS c,
      (CASE WHEN ${online} THEN 0 ELSE ${heldSql(options.now)} END) AS h`;
  // A contingent seat that goes back to a hold still in force is no public place.
  const publicGain = !back || after?.h === 0;
  const reopened = publicGain && after?.capacity != null && after.capacity - after.c - after.h === 1;
  // After the start, the event page shows the event as past, not as open again.
  if (!options.promote) return { promotedId: null, reopened: false };
  const [promoted] = await promoteWaitlisted(tx, eventId, options.now, 1, mode);
  return { promotedId: promoted?.id ?? null, reopened: reopened && !promoted };
}

/**
 * Moves up to `limit` waitlisted people of one mode's pool onto its free seats, in arrival order (as
 * lib/registrations/waitlist.ts counts), each by ONE statement under the event row lock: on site an invitee may
 * take any free seat (a held one first), anyone else only a public seat, so a person the free seats do not fit is
 * passed over for the next who fits. Each gets the promotion mail, and their waitlisted bookings take the session
 * places that are free. Returns who moved up.
 */
export async function promoteWaitlisted(
  tx: Tx,
  eventId: string,
  now: Date,
  limit: number,
  mode: AttendanceMode = 'onsite',
): Promise<{ id: string; email: string }[]> {
  const moved: { id: string; email: string }[] = [];
  const online = mode === 'online';
  while (moved.length < limit) {
    const [promoted] = await tx.$queryRaw<{ id: string; email: string }[]>`
      WITH ev AS MATERIALIZED (${lockedEventSql(eventId, now)}
      ), next AS (
        SELECT r.id, NOT ${online} AND r."invitationId" IS NOT NULL AND ev.h > 0 AS contingent
        FROM "Registration" r, ev
        WHERE r."eventId" = ${eventId} AND r.status = 'waitlisted' AND r.mode = ${mode}::"AttendanceMode"
          AND (CASE WHEN ${online} THEN ev."onlineCapacity" IS NULL OR ev.oc < ev."onlineCapacity"
            ELSE ev.capacity IS NULL OR (CASE WHEN r."invitationId" IS NOT NULL THEN ev.c < ev.capacity
              ELSE ev.c + 1 + ev.h <= ev.capacity END) END)
        ORDER BY r."createdAt", r.id
        LIMIT 1
        FOR UPDATE OF r
      ), promoted AS (
        UPDATE "Registration" r SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now},
          "contingentSeat" = next.contingent
        FROM next WHERE r.id = next.id AND r.status = 'waitlisted'
        RETURNING r.id, r.email, r."contingentSeat"
      ), seat AS (
        UPDATE "Event" SET ${poolCountSql(Prisma.sql`${mode}::text`, Prisma.sql`1`)},
          "reservedTaken" = "reservedTaken" + (SELECT CASE WHEN "contingentSeat" THEN 1 ELSE 0 END FROM promoted)
        WHERE id = ${eventId} AND EXISTS (SELECT 1 FROM promoted)
        RETURNING id
      )
      SELECT id, email FROM promoted`;
    if (!promoted) break;
    await seatWaitlistedBookings(tx, promoted.id, now);
    await enqueueMail(tx, { kind: 'promotion', recipient: promoted.email, eventId, registrationId: promoted.id });
    moved.push(promoted);
  }
  return moved;
}
