import 'server-only';
import { db } from '@/lib/server/db';

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
