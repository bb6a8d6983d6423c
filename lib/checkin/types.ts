// Shapes shared by the server, the JSON API and the check-in page (no server imports here).

/** The verdict of one scan. "invalid": forged, malformed or unknown code; "conflict": a device let in someone the server refuses. */
export type ScanKind =
  | 'checked_in'
  | 'already_checked_in'
  | 'cancelled'
  | 'waitlisted'
  | 'wrong_event'
  | 'invalid'
  | 'conflict'
  /** Room door: no confirmed booking of this session. Only for scans that name their door (`sessionId`). */
  | 'not_booked'
  /** An online registration: no admission at any door. Only for scans that name their door. */
  | 'online';

/** A confirmed booking of a bookable session, with its room-door check-in. */
export interface DoorBooking {
  sessionId: string;
  checkedInAt: string | null;
  checkedInDevice: string | null;
}

/** What a check-in device may know about a person: no e-mail, no answers. */
export interface DoorAttendee {
  id: string;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  guestType: string;
  /** ISO time of the (earliest) check-in, or null. */
  checkedInAt: string | null;
  checkedInDevice: string | null;
  /** First 32 hex characters of SHA-256 of the ticket code, for offline lookups of raw codes. */
  ticketHash: string;
  /**
   * Cancelled because the place went to a substitute (who has a new ticket), so the door can say so. Optional and
   * only ever true: older devices ignore it and show "cancelled", older servers never send it.
   */
  substituted?: boolean;
  /** Set (and only) for online registrations, which no door admits; older devices ignore it. */
  mode?: 'online';
  /**
   * Confirmed session bookings, for the room doors. In the list: all of them; in a scan's answer: the scanned
   * session's only. Older servers never send it (= none).
   */
  bookings?: DoorBooking[];
}

export interface ScanOutcome {
  idempotencyKey: string;
  result: ScanKind;
  checkInId: string | null;
  attendee: DoorAttendee | null;
}

export interface CheckinCounts {
  checkedIn: number;
  confirmed: number;
}

/** A room door's counter: checked in at this session's door / confirmed bookings of it. */
export interface SessionCounts {
  sessionId: string;
  checkedIn: number;
  booked: number;
}

export interface AttendeeSnapshot {
  /** Server time of this snapshot; pass it back as `since` for the next delta. */
  serverTime: string;
  full: boolean;
  attendees: DoorAttendee[];
  counts: CheckinCounts;
}

/** An offline admission the server refused, for the supervisor. */
export interface CheckinConflict {
  checkInId: string;
  registrationId: string | null;
  name: string;
  status: string;
  deviceId: string;
  scannedAt: string;
}
