// The session half of releasing and promoting (see seat-release.ts for the event seat). Every function here runs
// inside the caller's transaction AFTER the event row is locked (or, for a registration without a seat, where no
// place changes hands), and locks session rows in id order: event → sessions, the one lock order of the core.
import { enqueueMail } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/server/db';

export interface ReleasedBookings {
  /** Sessions whose place this registration gave up. */
  freed: string[];
  /** Registrations moved up from a session's waiting list (mailed already). */
  promoted: { registrationId: string; sessionId: string }[];
}

/**
 * Ends a registration's bookings (all, or those of `sessionIds`): they become cancelled, each confirmed one gives
 * its place back and, unless the event has started, the first person on that session's waiting list whose
 * registration holds an event seat takes it (session_promotion mail).
 */
export async function releaseBookings(
  tx: Tx,
  input: { registrationId: string; sessionIds?: readonly string[]; promote: boolean; now: Date },
): Promise<ReleasedBookings> {
  const { registrationId, now } = input;
  const only = input.sessionIds ? [...input.sessionIds] : null;
  const freed = await tx.$queryRaw<{ id: string }[]>`
    WITH old AS MATERIALIZED (
      SELECT id, "sessionId", status::text AS was FROM "SessionBooking"
      WHERE "registrationId" = ${registrationId} AND status <> 'cancelled'
        AND (${only}::text[] IS NULL OR "sessionId" = ANY(${only}::text[]))
      FOR UPDATE
    ), locked AS MATERIALIZED (
      SELECT id FROM "EventSession" WHERE id IN (SELECT "sessionId" FROM old WHERE was = 'confirmed')
      ORDER BY id FOR UPDATE
    ), gone AS (
      UPDATE "SessionBooking" b SET status = 'cancelled', "cancelledAt" = ${now}, "updatedAt" = ${now}
      FROM old WHERE b.id = old.id
      RETURNING b."sessionId"
    ), freed AS (
      UPDATE "EventSession" s SET "confirmedCount" = s."confirmedCount" - 1
      FROM locked WHERE s.id = locked.id AND EXISTS (SELECT 1 FROM gone)
      RETURNING s.id
    )
    SELECT id FROM freed ORDER BY id`;
  const promoted: ReleasedBookings['promoted'] = [];
  if (input.promote) {
    for (const { id } of freed) {
      for (const registrationId of await promoteSessionWaitlist(tx, id, now))
        promoted.push({ registrationId, sessionId: id });
    }
  }
  return { freed: freed.map((f) => f.id), promoted };
}

/**
 * Moves the session's waiting list up into its free places, in request order (requestedAt, id), taking only
 * bookings whose registration is confirmed (a booking without an event seat holds no place). Each gets the
 * session_promotion mail. Returns the promoted registrations' ids.
 */
export async function promoteSessionWaitlist(tx: Tx, sessionId: string, now: Date, limit = 1000): Promise<string[]> {
  const moved: string[] = [];
  while (moved.length < limit) {
    const [row] = await tx.$queryRaw<{ registrationId: string; email: string; eventId: string }[]>`
      WITH s AS MATERIALIZED (
        SELECT id FROM "EventSession"
        WHERE id = ${sessionId} AND (capacity IS NULL OR "confirmedCount" < capacity) FOR UPDATE
      ), next AS MATERIALIZED (
        SELECT b.id, b."registrationId", b."eventId", r.email
        FROM "SessionBooking" b JOIN "Registration" r ON r.id = b."registrationId"
        WHERE b."sessionId" = ${sessionId} AND b.status = 'waitlisted' AND r.status = 'confirmed'
          AND EXISTS (SELECT 1 FROM s)
        ORDER BY b."requestedAt", b.id
        LIMIT 1
        FOR UPDATE OF b
      ), inc AS (
        UPDATE "EventSession" SET "confirmedCount" = "confirmedCount" + 1
        WHERE id = ${sessionId} AND EXISTS (SELECT 1 FROM next)
        RETURNING id
      ), up AS (
        UPDATE "SessionBooking" b SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now}
        FROM next WHERE b.id = next.id AND EXISTS (SELECT 1 FROM inc)
        RETURNING b.id
      )
      SELECT next."registrationId", next.email, next."eventId" FROM next JOIN up ON up.id = next.id`;
    if (!row) break;
    await enqueueMail(tx, {
      kind: 'session_promotion',
      recipient: row.email,
      eventId: row.eventId,
      registrationId: row.registrationId,
      sessionId,
    });
    moved.push(row.registrationId);
  }
  return moved;
}

/**
 * A registration that just got its event seat (waiting list, approval, switch of mode): its waitlisted bookings
 * take their sessions' places where one is free; the others stay on the sessions' waiting lists. Returns the
 * sessions now confirmed.
 */
export async function seatWaitlistedBookings(tx: Tx, registrationId: string, now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ sessionId: string }[]>`
    WITH ss AS MATERIALIZED (
      SELECT id FROM "EventSession"
      WHERE id IN (SELECT "sessionId" FROM "SessionBooking"
          WHERE "registrationId" = ${registrationId} AND status = 'waitlisted')
        AND (capacity IS NULL OR "confirmedCount" < capacity)
      ORDER BY id FOR UPDATE
    ), inc AS (
      UPDATE "EventSession" s SET "confirmedCount" = s."confirmedCount" + 1
      FROM ss WHERE s.id = ss.id
      RETURNING s.id
    ), up AS (
      UPDATE "SessionBooking" b SET status = 'confirmed', "promotedAt" = ${now}, "updatedAt" = ${now}
      FROM inc WHERE b."registrationId" = ${registrationId} AND b."sessionId" = inc.id AND b.status = 'waitlisted'
      RETURNING b."sessionId"
    )
    SELECT "sessionId" FROM up ORDER BY "sessionId"`;
  return rows.map((r) => r.sessionId);
}
