// The room door on the device: what a local check-in changes in the stored person (no server imports).
import type { DoorAttendee, DoorBooking } from './types';

/**
 * The person after this device let them in at `door` at `at`: at the entrance the event check-in; at a room door
 * the booking's check-in, which implies the event check-in unless an earlier one is known.
 */
export function localCheckIn(attendee: DoorAttendee, door: string | null, at: string, device: string): DoorAttendee {
  const stamp = { checkedInAt: at, checkedInDevice: device };
  if (door === null) return { ...attendee, ...stamp };
  const bookings = (attendee.bookings ?? []).map((b) => (b.sessionId === door ? { ...b, ...stamp } : b));
  const event = attendee.checkedInAt && Date.parse(attendee.checkedInAt) <= Date.parse(at) ? {} : stamp;
  return { ...attendee, ...event, bookings };
}

/** The stored bookings with the one of `door` replaced by the server's answer (or dropped if it has none). */
export function mergeBookings(
  stored: DoorBooking[] | undefined,
  answered: DoorBooking[] | undefined,
  door: string,
): DoorBooking[] {
  const fresh = answered?.find((b) => b.sessionId === door);
  const others = (stored ?? []).filter((b) => b.sessionId !== door);
  return fresh ? [...others, fresh].sort((a, b) => a.sessionId.localeCompare(b.sessionId)) : others;
}
