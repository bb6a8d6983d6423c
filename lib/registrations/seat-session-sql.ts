// SQL pieces for the bookable sessions of the seat statements (seat-statement.ts, session-release.ts): the chosen
// sessions are locked AFTER the event row and in id order, so every writer takes the same locks in the same order.
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * A CTE body locking the chosen bookable sessions of the locked event `ev` (it must be a CTE of the same statement):
 * the join makes Postgres lock the event row before any session row. fits = a place is free; last = taking one
 * fills the session.
 */
export function lockedSessionsSql(sessionIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT s.id, s.title, s.capacity IS NULL OR s."confirmedCount" < s.capacity AS fits,
      s."waitlistEnabled" AS wl, s.capacity IS NOT NULL AND s."confirmedCount" + 1 >= s.capacity AS last
    FROM "EventSession" s CROSS JOIN ev
    WHERE s.id = ANY(${[...sessionIds]}::text[]) AND s."eventId" = ev.id AND s.bookable
    ORDER BY s.id
    FOR UPDATE OF s`;
}
