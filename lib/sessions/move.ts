import 'server-only';
import { AppError, fieldError } from '@/lib/errors';
import { db } from '@/lib/server/db';

export interface SessionMove {
  slug: string;
  sessionId: string;
  registrationId: string;
  /** The session to move to, or null to take the person off `sessionId`. */
  to: string | null;
}

/**
 * The complete new session choice for changeSessions: the registration's current bookings without `sessionId`, plus
 * `to`. Both sessions must be bookable sessions of the page's event and the person must be on `sessionId`'s list;
 * anything else is 404 (a forged or stale call), so nothing reaches the core.
 */
export async function planSessionMove({ slug, sessionId, registrationId, to }: SessionMove) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, event: { slug } },
    select: {
      eventId: true,
      bookings: { where: { status: { not: 'cancelled' } }, select: { sessionId: true } },
    },
  });
  const current = registration?.bookings.map((b) => b.sessionId) ?? [];
  if (!registration || !current.includes(sessionId)) throw new AppError('NOT_FOUND', 'sessionBookingNotFound');
  if (to !== null) {
    if (to === sessionId) throw fieldError('to', 'sessionMoveSame');
    const target = await db.eventSession.count({ where: { id: to, eventId: registration.eventId, bookable: true } });
    if (target === 0) throw fieldError('to', 'sessionUnknown');
  }
  const kept = current.filter((id) => id !== sessionId && id !== to);
  return { eventId: registration.eventId, sessionIds: to === null ? kept : [...kept, to] };
}
