// The first step of a change of sessions or mode: the registration row locked (as a cancellation does), with what
// the checks need of its event, then the event row locked, so every later step runs under the core's lock order.
import { AppError } from '@/lib/errors';
import type { AttendanceFormat, AttendanceMode } from '@/lib/events/modes';
import type { Tx } from '@/lib/server/db';

export interface LockedBookingRow {
  id: string;
  eventId: string;
  status: 'confirmed' | 'waitlisted' | 'pending' | 'cancelled' | 'rejected';
  email: string;
  mode: AttendanceMode;
  joinToken: string | null;
  contingentSeat: boolean;
  invitationId: string | null;
  attendanceFormat: AttendanceFormat;
  sessionChoice: 'optional' | 'required';
  startsAt: Date;
  endsAt: Date;
}

/**
 * Locks the registration and then its event. Refuses an unknown (404), ended (cancelled/rejected: 409) or
 * started registration: an organizer may still move someone until the event ends, an attendee only before the start.
 */
export async function lockForBookingChange(
  tx: Tx,
  registrationId: string,
  actor: string,
  now: Date,
): Promise<LockedBookingRow> {
  const [row] = await tx.$queryRaw<LockedBookingRow[]>`
    SELECT r.id, r."eventId", r.status::text AS status, r.email, r.mode::text AS mode, r."joinToken",
      r."contingentSeat", r."invitationId", e."attendanceFormat"::text AS "attendanceFormat",
      e."sessionChoice"::text AS "sessionChoice", e."startsAt", e."endsAt"
    FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r.id = ${registrationId} FOR UPDATE OF r`;
  if (!row) throw new AppError('NOT_FOUND', 'registrationNotFound');
  if (row.status === 'cancelled' || row.status === 'rejected') throw new AppError('CONFLICT', 'registrationCancelled');
  const closedAt = actor === 'attendee' ? row.startsAt : row.endsAt;
  if (now >= closedAt) throw new AppError('CONFLICT', 'bookingAfterStart');
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${row.eventId} FOR UPDATE`;
  return row;
}
