// The registration core's session half (see seats.ts): a registration's bookable sessions change only here, under
// the locks of the event row and the sessions' rows, so places are never oversold and a freed place goes to the
// first person on that session's waiting list in the same transaction.
import { recordAudit } from '@/lib/audit/service';
import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { lockForBookingChange } from './booking-lock';
import { checkSessionChoice, getChoosableSessions } from './session-choice';
import { releaseBookings } from './session-release';
import { bookSessions } from './session-take';

export interface SessionBookingState {
  sessionId: string;
  /** confirmed = holds a place; waitlisted = on the session's waiting list (or no event seat yet). */
  status: 'confirmed' | 'waitlisted';
}

export interface ChangeSessionsInput {
  registrationId: string;
  /** The complete new choice: sessions missing from it are dropped, new ones requested, kept ones untouched. */
  sessionIds: string[];
  /** 'attendee' (manage page) or the organizer's e-mail, for the audit log. */
  actor: string;
  now?: Date;
}

export interface ChangedSessions {
  bookings: SessionBookingState[];
  /** Registrations moved up from a session's waiting list by the places this change freed (mailed already). */
  promotedIds: string[];
}

const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/** A registration's active bookings (confirmed or waiting), in session id order. */
export async function getActiveBookings(
  client: Tx | typeof db,
  registrationId: string,
): Promise<SessionBookingState[]> {
  const rows = await client.sessionBooking.findMany({
    where: { registrationId, status: { not: 'cancelled' } },
    select: { sessionId: true, status: true },
    orderBy: { sessionId: 'asc' },
  });
  return rows.map((r) => ({ sessionId: r.sessionId, status: r.status === 'confirmed' ? 'confirmed' : 'waitlisted' }));
}

/**
 * Replaces a confirmed (or waitlisted) registration's session choice in ONE transaction: the same checks as at
 * registration (400 sessionUnknown/sessionDuplicate/sessionOverlap/sessionRequired, 409 sessionFull without a
 * waiting list, nothing written then), freed places promote, and a `booking_changed` mail goes out. A cancelled,
 * rejected or past registration is refused (409 CONFLICT).
 */
export async function changeSessions(input: ChangeSessionsInput): Promise<ChangedSessions> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const reg = await lockForBookingChange(tx, input.registrationId, input.actor, now);
    checkSessionChoice(reg, reg.mode, await getChoosableSessions(tx, reg.eventId), input.sessionIds);
    const current = await getActiveBookings(tx, reg.id);
    const wanted = new Set(input.sessionIds);
    const had = new Set(current.map((b) => b.sessionId));
    const dropped = current.filter((b) => !wanted.has(b.sessionId)).map((b) => b.sessionId);
    const added = input.sessionIds.filter((id) => !had.has(id));
    if (dropped.length === 0 && added.length === 0) return { bookings: current, promotedIds: [] };
    // Every session involved locked in id order (the event row is locked already), before any place moves.
    const involved = [...dropped, ...added].sort();
    await tx.$queryRaw`SELECT id FROM "EventSession" WHERE id = ANY(${involved}::text[]) ORDER BY id FOR UPDATE`;
    // New places first: a full session refuses before anything was released.
    await bookSessions(tx, {
      eventId: reg.eventId,
      registrationId: reg.id,
      sessionIds: added,
      seated: reg.status === 'confirmed',
      now,
    });
    const released = await releaseBookings(tx, {
      registrationId: reg.id,
      sessionIds: dropped,
      promote: now < reg.startsAt,
      now,
    });
    const bookings = await getActiveBookings(tx, reg.id);
    await enqueueMail(tx, {
      kind: 'booking_changed',
      recipient: reg.email,
      eventId: reg.eventId,
      registrationId: reg.id,
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'registration.sessions',
      eventId: reg.eventId,
      registrationId: reg.id,
      summary: `Workshops geändert: ${added.length} hinzugefügt, ${dropped.length} abgegeben.`,
      details: { added, dropped, promoted: released.promoted.map((p) => p.registrationId) },
    });
    return { bookings, promotedIds: released.promoted.map((p) => p.registrationId) };
  }, TX_OPTIONS);
}
