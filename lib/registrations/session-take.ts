// Booking more sessions for an existing registration (a change of sessions): under the event lock the caller holds,
// the sessions are locked by id and each takes a place (with an event seat and a free place) or its waiting list;
// a full session without one refuses the whole request.
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/server/db';
import type { SessionBookingState } from './session-bookings';

/**
 * Books `sessionIds` for the registration (a dropped booking's row is reused, with a new place in the waiting
 * order). Throws 409 sessionFull, having written nothing, when one of them is full and has no waiting list.
 */
export async function bookSessions(
  tx: Tx,
  input: { eventId: string; registrationId: string; sessionIds: readonly string[]; seated: boolean; now: Date },
): Promise<SessionBookingState[]> {
  if (input.sessionIds.length === 0) return [];
  const { now } = input;
  const [row] = await tx.$queryRaw<{ fullSession: string | null; bookings: SessionBookingState[] }[]>`
    WITH ss AS MATERIALIZED (
      SELECT id, title, capacity IS NULL OR "confirmedCount" < capacity AS fits, "waitlistEnabled" AS wl
      FROM "EventSession"
      WHERE id = ANY(${[...input.sessionIds]}::text[]) AND "eventId" = ${input.eventId} AND bookable
      ORDER BY id FOR UPDATE
    ), refused AS (
      SELECT title FROM ss WHERE NOT fits AND NOT wl ORDER BY id LIMIT 1
    ), inc AS (
      UPDATE "EventSession" s SET "confirmedCount" = s."confirmedCount" + 1
      FROM ss WHERE s.id = ss.id AND ss.fits AND ${input.seated} AND NOT EXISTS (SELECT 1 FROM refused)
      RETURNING s.id
    ), bk AS (
      INSERT INTO "SessionBooking" (id, "eventId", "sessionId", "registrationId", status, "requestedAt",
        "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${input.eventId}, ss.id, ${input.registrationId},
        (CASE WHEN ${input.seated} AND ss.fits THEN 'confirmed' ELSE 'waitlisted' END)::"BookingStatus",
        ${now}, ${now}, ${now}
      FROM ss WHERE NOT EXISTS (SELECT 1 FROM refused)
      ON CONFLICT ("registrationId", "sessionId") DO UPDATE SET status = EXCLUDED.status,
        "requestedAt" = EXCLUDED."requestedAt", "promotedAt" = NULL, "cancelledAt" = NULL,
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "sessionId", status::text AS status
    )
    SELECT (SELECT title FROM refused) AS "fullSession",
      (SELECT COALESCE(json_agg(json_build_object('sessionId', "sessionId", 'status', status)
        ORDER BY "sessionId"), '[]'::json) FROM bk) AS bookings`;
  if (!row || row.fullSession !== null) {
    const values = { title: row?.fullSession ?? '' };
    throw new AppError('EVENT_FULL', 'sessionFull', values, { sessions: { key: 'sessionFull', values } });
  }
  return row.bookings;
}
