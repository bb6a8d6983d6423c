import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { db } from '@/lib/server/db';
import { sessionEntries, sessionFills } from './list-sql';

export interface BookableSession {
  id: string;
  title: string;
  titleEn: string | null;
  room: string | null;
  startsAt: Date;
  endsAt: Date | null;
  /** null = unlimited. */
  capacity: number | null;
  /** Places left; null = unlimited. */
  remaining: number | null;
  waitlistEnabled: boolean;
  /** Confirmed bookings. */
  booked: number;
  /** Bookings on the session's waiting list. */
  waitlisted: number;
}

/** The event's bookable sessions in time order, with their places as they are now. */
export async function getBookableSessions(eventId: string): Promise<BookableSession[]> {
  const sessions = await db.eventSession.findMany({
    where: { eventId, bookable: true },
    orderBy: [{ startsAt: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      titleEn: true,
      room: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      confirmedCount: true,
      waitlistEnabled: true,
      _count: { select: { bookings: { where: { status: 'waitlisted' } } } },
    },
  });
  return sessions.map(({ _count, confirmedCount, ...s }) => ({
    ...s,
    remaining: s.capacity === null ? null : Math.max(s.capacity - confirmedCount, 0),
    booked: confirmedCount,
    waitlisted: _count.bookings,
  }));
}

const sessionEventSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
  attendanceFormat: true,
} as const;

/** The organizer's workshop overview of an event: its bookable sessions with their counts; null for an unknown slug. */
export async function getSessionOverview(slug: string) {
  await requireOrganizer();
  const event = await db.event.findUnique({ where: { slug }, select: sessionEventSelect });
  if (!event) return null;
  return { event, sessions: await sessionFills(event.id) };
}

/**
 * One bookable session of an event with its booked people and its waiting list in order, plus the event's other
 * bookable sessions (targets for moving someone); null when the slug or the session is unknown or not bookable.
 */
export async function getSessionList(slug: string, sessionId: string) {
  await requireOrganizer();
  const event = await db.event.findUnique({ where: { slug }, select: sessionEventSelect });
  if (!event) return null;
  const [sessions, entries] = await Promise.all([sessionFills(event.id), sessionEntries(sessionId)]);
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) return null;
  return {
    event,
    session,
    booked: entries.filter((e) => e.status === 'confirmed'),
    waiting: entries.filter((e) => e.status === 'waitlisted'),
    others: sessions.filter((s) => s.id !== sessionId),
  };
}
