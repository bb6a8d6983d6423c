import 'server-only';
import { notFound } from 'next/navigation';
import { requireApiCheckInAccess, requireApiRole, requireCheckInAccess, requireUser } from '@/lib/auth/guards';
import { db } from '@/lib/server/db';
import { countCheckins, doorSelect, toDoorAttendee } from './service';
import type { AttendeeSnapshot, CheckinConflict, CheckinCounts } from './types';

// Rows changed shortly before `since` are sent again: a transaction that committed late still arrives.
const DELTA_OVERLAP_MS = 10_000;

/** The event for the check-in page, or a 404; guarded: staff must be assigned to it. */
export async function getCheckinEvent(slug: string) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, startsAt: true, capacity: true },
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

/** The door list (no e-mails, no answers): everything, or what changed since `since` (guarded again here: the routes check first). */
export async function getAttendeeSnapshot(
  eventId: string,
  since: Date | null,
  now = new Date(),
): Promise<AttendeeSnapshot> {
  await requireApiCheckInAccess(eventId);
  const where = since ? { eventId, updatedAt: { gte: new Date(since.getTime() - DELTA_OVERLAP_MS) } } : { eventId };
  const [rows, counts] = await Promise.all([
    db.registration.findMany({ where, select: doorSelect, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] }),
    countCheckins(eventId),
  ]);
  return { serverTime: now.toISOString(), full: !since, attendees: rows.map(toDoorAttendee), counts };
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
      registration: { select: { firstName: true, lastName: true, status: true } },
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
    status: r.registration?.status ?? 'unknown',
  }));
}

/** Events whose door the signed-in user may run (staff: assigned ones), recent and upcoming first; for /checkin. */
export async function getCheckinEventsFor(user: { id: string; role: string }, now = new Date()) {
  await requireUser();
  const recent = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
  return db.event.findMany({
    where: { endsAt: { gte: recent }, ...(user.role === 'staff' ? { staff: { some: { userId: user.id } } } : {}) },
    select: { slug: true, title: true, startsAt: true },
    orderBy: { startsAt: 'asc' },
    take: 50,
  });
}
