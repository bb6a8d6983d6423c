import 'server-only';
import { db, type Tx } from '@/lib/server/db';
import { type BatchPlan, bookingKey, type DoorBookingRow, type PreparedScan } from './batch-plan';
import type { DoorRow } from './door-row';
import type { ScanContext } from './batch';
import type { SessionCounts } from './types';

// The room doors' part of a chunk of scans: the bookable sessions named, their bookings (locked after the
// registrations, ordered by id, so concurrent chunks lock in the same order) and the writes of the plan.

/** The bookable sessions of the event among the scans' doors, and the locked bookings of the locked people there. */
export async function lockRoomBookings(
  tx: Tx,
  eventId: string,
  scans: readonly PreparedScan[],
  registrations: ReadonlyMap<string, DoorRow>,
): Promise<{ sessions: Set<string>; bookings: Map<string, DoorBookingRow> }> {
  const rooms = scannedRooms(scans);
  if (rooms.length === 0) return { sessions: new Set(), bookings: new Map() };
  const sessions = await tx.eventSession.findMany({
    where: { id: { in: rooms }, eventId, bookable: true },
    select: { id: true },
  });
  const sessionIds = sessions.map((s) => s.id);
  const registrationIds = [...registrations.keys()];
  const rows =
    sessionIds.length && registrationIds.length
      ? await tx.$queryRaw<DoorBookingRow[]>`
          SELECT id, "registrationId", "sessionId", status::text AS status, "checkedInAt", "checkedInDevice"
          FROM "SessionBooking"
          WHERE "sessionId" = ANY(${sessionIds}::text[]) AND "registrationId" = ANY(${registrationIds}::text[])
          ORDER BY id
          FOR UPDATE`
      : [];
  return {
    sessions: new Set(sessionIds),
    bookings: new Map(rows.map((row) => [bookingKey(row.registrationId, row.sessionId), row])),
  };
}

/** Writes the room-door check-ins of a plan (earliest wins) and demotes the rows they replace; before the inserts. */
export async function writeRoomCheckIns(tx: Tx, ctx: ScanContext, plan: BatchPlan): Promise<void> {
  if (plan.bookingCheckedIn.size > 0) {
    const ids = [...plan.bookingCheckedIn.keys()];
    const times = [...plan.bookingCheckedIn.values()].map((at) => at.toISOString());
    // The columns are UTC timestamps without zone; AT TIME ZONE keeps that independent of the session's zone.
    await tx.$executeRaw`
      UPDATE "SessionBooking" AS b
      SET "checkedInAt" = u.at AT TIME ZONE 'UTC', "checkedInDevice" = ${ctx.deviceId}, "updatedAt" = now()
      FROM unnest(${ids}::text[], ${times}::timestamptz[]) AS u(id, at)
      WHERE b.id = u.id`;
  }
  if (plan.bookingDemoted.size > 0) {
    await tx.checkIn.updateMany({
      where: { OR: [...plan.bookingDemoted.values()], result: 'checked_in', undoneAt: null },
      data: { result: 'already_checked_in' },
    });
  }
}

/** Per session: checked in at its door / confirmed bookings (a confirmed booking exists only on a confirmed registration). */
export async function countSessionCheckins(eventId: string, sessionIds: readonly string[]): Promise<SessionCounts[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db.$queryRaw<SessionCounts[]>`
    SELECT s.id AS "sessionId",
      count(b.id) FILTER (WHERE b."checkedInAt" IS NOT NULL)::int AS "checkedIn", count(b.id)::int AS booked
    FROM "EventSession" s LEFT JOIN "SessionBooking" b ON b."sessionId" = s.id AND b.status = 'confirmed'
    WHERE s.id = ANY(${[...sessionIds]}::text[]) AND s."eventId" = ${eventId} AND s.bookable
    GROUP BY s.id ORDER BY s.id`;
  return rows;
}

/** The bookable sessions a batch of scans names (for the counts in the answer). */
export const scannedRooms = (scans: readonly { sessionId?: string | null }[]) => [
  ...new Set(scans.flatMap((s) => (typeof s.sessionId === 'string' ? [s.sessionId] : []))),
];
