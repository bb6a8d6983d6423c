// Switching between on site and online is a seat move between the event's two pools, so it lives in the
// registration core (see seats.ts), under the event row lock.
import { AppError } from '@/lib/errors';
import type { AttendanceMode } from '@/lib/events/modes';

export interface SwitchModeInput {
  registrationId: string;
  mode: AttendanceMode;
  /** 'attendee' (manage page) or the organizer's e-mail, for the audit log. */
  actor: string;
  now?: Date;
}

export interface SwitchedMode {
  mode: AttendanceMode;
  status: 'confirmed' | 'waitlisted' | 'pending';
  /** The join token (online) the mail and the manage page link to; null on site. */
  joinToken: string | null;
  /** Someone moved up into the place this switch freed (mailed already). */
  promotedId: string | null;
}

/**
 * Moves a registration to the other mode of a hybrid event in ONE statement: a confirmed registration takes a
 * place of the new mode's pool or nothing changes (409 modeFull), then releases the old one (promoting that pool's
 * waiting list). A mode the event does not offer is 400 modeUnavailable. Online gets a join token; a
 * `booking_changed` mail goes out with the ticket (on site) or the join link (online).
 */
export async function switchMode(_input: SwitchModeInput): Promise<SwitchedMode> {
  throw new AppError('CONFLICT', 'internal');
}
