import 'server-only';
import { attendeeWhere, type AttendeeFilters } from '@/lib/attendees/filters';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import type { AttendeeExportRow } from './columns';

/** Rows per database round trip while exporting. */
export const EXPORT_BATCH_SIZE = 2000;

type Key = { lastName: string; firstName: string; id: string };

/**
 * The filtered attendees of an event in name order, as batches of EXPORT_BATCH_SIZE. Keyset pagination on the
 * (eventId, lastName, firstName, id) index: each batch is one short query, no transaction stays open during the
 * download, and memory holds two batches at a time (one read ahead). Callers authorise first.
 */
export async function* attendeeExportBatches(
  eventId: string,
  filters: Partial<AttendeeFilters>,
  options: { workshops?: boolean } = {},
): AsyncGenerator<AttendeeExportRow[]> {
  const where = attendeeWhere(eventId, filters);
  // Only read when the Workshops column is chosen: one index lookup per row that other exports do not pay for.
  const workshops = options.workshops
    ? Prisma.sql`, coalesce((SELECT json_agg(json_build_object('title', s.title, 'status', b.status)
          ORDER BY s."startsAt", s.position, s.id)
        FROM "SessionBooking" b JOIN "EventSession" s ON s.id = b."sessionId"
        WHERE b."registrationId" = r.id AND b.status <> 'cancelled'), '[]'::json) AS workshops`
    : Prisma.empty;
  const fetchAfter = (after: Key | null) => {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (r."lastName", r."firstName", r.id) > (${after.lastName}, ${after.firstName}, ${after.id})`
      : Prisma.empty;
    return db.$queryRaw<AttendeeExportRow[]>`
      SELECT r.id, r.salutation, r.title, r."firstName", r."lastName", r.email, r.organization, r.position, r.sector,
        r.state, r.status::text AS status, r."guestType"::text AS "guestType", r."overCapacity", r."createdAt",
        r."checkedInAt", r."ticketCode", r.answers, r.mode::text AS mode ${workshops}
      FROM "Registration" r
      WHERE ${where} ${keyset}
      ORDER BY r."lastName", r."firstName", r.id
      LIMIT ${EXPORT_BATCH_SIZE}`;
  };
  // One batch ahead: the database reads the next batch while the caller formats this one (two cores, both busy).
  let next: Promise<AttendeeExportRow[]> | null = fetchAfter(null);
  while (next) {
    const rows: AttendeeExportRow[] = await next;
    const last = rows[rows.length - 1];
    next =
      rows.length === EXPORT_BATCH_SIZE && last
        ? fetchAfter({ lastName: last.lastName, firstName: last.firstName, id: last.id })
        : null;
    // A read-ahead that fails after the consumer stopped must not become an unhandled rejection.
    next?.catch(() => undefined);
    if (rows.length) yield rows;
  }
}
