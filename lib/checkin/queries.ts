import 'server-only';
import { notFound } from 'next/navigation';
import { requireApiCheckInAccess, requireApiRole, requireCheckInAccess, requireUser } from '@/lib/auth/guards';
import { roleAtLeast } from '@/lib/auth/roles';
import { db } from '@/lib/server/db';
import { type DoorEventCounts, doorEventPhase, sortDoorEvents } from './door-events';
import { toDoorBooking } from './door-row';
import { countCheckins, doorSelect, toDoorAttendee } from './service';
import type { AttendeeSnapshot, CheckinConflict, CheckinCounts } from './types';

// Rows changed shortly before `since` are sent again: a transaction that committed late still arrives.
const DELTA_OVERLAP_MS = 10_000;

/** The event for the check-in page with its bookable sessions (the room doors), or a 404; guarded: staff must be assigned to it. */
export async function getCheckinEvent(slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      capacity: true,
      sessions: {
        where: { bookable: true },
        select: { id: true, title: true, titleEn: true, room: true, startsAt: true, endsAt: true },
        orderBy: [{ startsAt: 'asc' }, { position: 'asc' }],
      },
    },
  });
  if (!event) notFound();
  const user = await requireCheckInAccess(event.id);
  return { event, user };
}

/** Checked-in and confirmed attendees of an event (guarded again here: the routes check first). */
export async function getCheckinCounts(eventId: string): Promise<CheckinCounts> {
  await requireApiCheckInAccess(eventId);
  return countCheckins(eventId);
}

/**
 * The door list (no e-mails, no answers), each person with their confirmed session bookings for the room doors:
 * everything, or what changed since `since`, a booking's change included (guarded again here: the routes check first).
 */
export async function getAttendeeSnapshot(
  eventId: string,
  since: Date | null,
  now = new Date(),
): Promise<AttendeeSnapshot> {
  await requireApiCheckInAccess(eventId);
  const from = since ? new Date(since.getTime() - DELTA_OVERLAP_MS) : null;
  const where = from
    ? {
        eventId,
        OR: [{ updatedAt: { gte: from } }, { bookings: { some: { eventId, updatedAt: { gte: from } } } }],
      }
    : { eventId };
  const select = {
    ...doorSelect,
    bookings: {
      where: { status: 'confirmed' as const },
      select: { sessionId: true, checkedInAt: true, checkedInDevice: true },
      orderBy: { sessionId: 'asc' as const },
    },
  };
  const [rows, counts] = await Promise.all([
    db.registration.findMany({ where, select, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] }),
    countCheckins(eventId),
  ]);
  const attendees = rows.map(({ bookings, ...row }) => toDoorAttendee(row, bookings.map(toDoorBooking)));
  return { serverTime: now.toISOString(), full: !since, attendees, counts };
}

/** Offline admissions the server refused (e.g. cancelled meanwhile), for the supervisor (organizers and admins). */
export async function getCheckinConflicts(eventId: string): Promise<CheckinConflict[]> {
  // Conflicts are for supervisors (organizers and admins), not for staff at the door.
  await requireApiRole('organizer');
  const rows = await db.checkIn.findMany({
    where: { eventId, result: 'conflict', undoneAt: null },
    select: {
      id: true,
      registrationId: true,
      deviceId: true,
      scannedAt: true,
      sessionId: true,
      registration: { select: { firstName: true, lastName: true, status: true, mode: true } },
    },
    orderBy: { scannedAt: 'asc' },
    take: 200,
  });
  return rows.map((r) => ({
    checkInId: r.id,
    registrationId: r.registrationId,
    deviceId: r.deviceId,
    scannedAt: r.scannedAt.toISOString(),
    name: r.registration ? `${r.registration.firstName} ${r.registration.lastName}` : 'Unbekannt',
    status: conflictStatus(r),
  }));
}

/** Why the server refuses the person: their status, or, confirmed, the online mode or the missing room booking. */
function conflictStatus(r: {
  sessionId: string | null;
  registration: { status: string; mode: string } | null;
}): string {
  if (!r.registration) return 'unknown';
  if (r.registration.status !== 'confirmed') return r.registration.status;
  if (r.registration.mode === 'online') return 'online';
  return r.sessionId ? 'not_booked' : r.registration.status;
}

// An event stays on the landing page for a day after its end: late check-ins, the last sync, a look at the counts.
const RECENT_MS = 24 * 60 * 60 * 1000;

/**
 * Events whose door the signed-in user may run (staff: assigned ones; organizers and admins: all), each with its
 * counts, today's first; for /checkin and /dashboard/door.
 */
export async function getDoorEventCards(now = new Date()) {
  const user = await requireUser();
  const events = await db.event.findMany({
    where: {
      endsAt: { gte: new Date(now.getTime() - RECENT_MS) },
      ...(roleAtLeast(user.role, 'organizer') ? {} : { staff: { some: { userId: user.id } } }),
    },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      retentionDays: true,
      anonymizedAt: true,
      attendanceFormat: true,
    },
    orderBy: { startsAt: 'asc' },
    take: 50,
  });
  const ids = events.map((e) => e.id);
  // On site only, as the door screen counts: online attendees never pass the door.
  const rows = ids.length
    ? await db.$queryRaw<({ eventId: string } & DoorEventCounts)[]>`
        SELECT "eventId",
          count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
          count(*) FILTER (WHERE status = 'confirmed' AND "checkedInAt" IS NOT NULL)::int AS "checkedIn",
          count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
        FROM "Registration" WHERE "eventId" = ANY(${ids}) AND mode = 'onsite' GROUP BY "eventId"`
    : [];
  const counts = new Map(rows.map(({ eventId, ...c }) => [eventId, c]));
  const cards = events.map((e) => ({
    ...e,
    phase: doorEventPhase(e, now),
    counts: counts.get(e.id) ?? { confirmed: 0, checkedIn: 0, waitlisted: 0 },
  }));
  return { user, events: sortDoorEvents(cards) };
}

export type DoorEventCard = Awaited<ReturnType<typeof getDoorEventCards>>['events'][number];
