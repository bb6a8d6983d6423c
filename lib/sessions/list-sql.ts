import 'server-only';
import { db } from '@/lib/server/db';

// The unguarded reads behind the organizer's session pages (lib/sessions/queries.ts guards them) and the statistics.

/** A bookable session with its counts, as the organizer's overview shows it. */
export interface SessionFill {
  id: string;
  title: string;
  room: string | null;
  startsAt: Date;
  endsAt: Date | null;
  /** null = unlimited. */
  capacity: number | null;
  waitlistEnabled: boolean;
  /** Confirmed bookings. */
  booked: number;
  /** Bookings on the session's waiting list. */
  waiting: number;
  /** Confirmed bookings checked in at the room door. */
  checkedIn: number;
}

/** The event's bookable sessions in time order with booked / waiting / checked-in counts (one statement). */
export function sessionFills(eventId: string): Promise<SessionFill[]> {
  return db.$queryRaw<SessionFill[]>`
    SELECT s.id, s.title, s.room, s."startsAt", s."endsAt", s.capacity, s."waitlistEnabled",
      (count(b.id) FILTER (WHERE b.status = 'confirmed'))::int AS booked,
      (count(b.id) FILTER (WHERE b.status = 'waitlisted'))::int AS waiting,
      (count(b.id) FILTER (WHERE b.status = 'confirmed' AND b."checkedInAt" IS NOT NULL))::int AS "checkedIn"
    FROM "EventSession" s
    LEFT JOIN "SessionBooking" b ON b."sessionId" = s.id
    WHERE s."eventId" = ${eventId} AND s.bookable
    GROUP BY s.id
    ORDER BY s."startsAt", s.position, s.id`;
}

/** One person on a session's list. */
export interface SessionListEntry {
  registrationId: string;
  title: string | null;
  salutation: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  status: 'confirmed' | 'waitlisted';
  /** The registration's own status (a waitlisted booking may belong to a registration still waiting itself). */
  registrationStatus: string;
  requestedAt: Date;
  checkedInAt: Date | null;
}

/**
 * A session's bookings: the confirmed ones by name (German collation of the columns), then the waiting list in its
 * order (requestedAt, id — the order the core promotes in). Cancelled bookings are left out.
 */
export function sessionEntries(sessionId: string): Promise<SessionListEntry[]> {
  return db.$queryRaw<SessionListEntry[]>`
    SELECT r.id AS "registrationId", r.title, r.salutation, r."firstName", r."lastName", r.email, r.organization,
      b.status::text AS status, r.status::text AS "registrationStatus", b."requestedAt", b."checkedInAt"
    FROM "SessionBooking" b
    JOIN "Registration" r ON r.id = b."registrationId"
    WHERE b."sessionId" = ${sessionId} AND b.status <> 'cancelled'
    ORDER BY (b.status = 'waitlisted'),
      CASE WHEN b.status = 'confirmed' THEN r."lastName" END,
      CASE WHEN b.status = 'confirmed' THEN r."firstName" END,
      b."requestedAt", b.id`;
}

/** Registrations of an event by attendance mode and status. */
export interface ModeCount {
  mode: 'onsite' | 'online';
  status: string;
  count: number;
}

export function modeCounts(eventId: string): Promise<ModeCount[]> {
  return db.$queryRaw<ModeCount[]>`
    SELECT r.mode::text AS mode, r.status::text AS status, count(*)::int AS count
    FROM "Registration" r WHERE r."eventId" = ${eventId}
    GROUP BY r.mode, r.status ORDER BY r.mode, r.status`;
}
