import type { DoorAttendee } from './types';

/**
 * Merges attendees from the server with this device's check-ins that the server has not confirmed yet (queued scans).
 * The server is the truth for everything it has; a person with a queued scan keeps the earliest known check-in, as
 * the server itself keeps the earliest when the queue arrives. Status always comes from the server: a person
 * cancelled while this device let them in offline shows as cancelled, and the queued scan (sent with its local
 * verdict) becomes a conflict on the server.
 */
export function mergeServerAttendees(
  server: readonly DoorAttendee[],
  local: ReadonlyMap<string, DoorAttendee>,
  pendingIds: ReadonlySet<string>,
): DoorAttendee[] {
  return server.map((remote) => {
    if (!pendingIds.has(remote.id)) return remote;
    const mine = local.get(remote.id);
    if (!mine) return remote;
    const merged = { ...remote, ...earlier(remote, mine) };
    // Room-door check-ins the same way, per booking the server still lists (a dropped booking stays dropped).
    if (remote.bookings && mine.bookings?.some((b) => b.checkedInAt)) {
      merged.bookings = remote.bookings.map((booking) => {
        const own = mine.bookings?.find((b) => b.sessionId === booking.sessionId);
        return own ? { ...booking, ...earlier(booking, own) } : booking;
      });
    }
    return merged;
  });
}

type Stamp = { checkedInAt: string | null; checkedInDevice: string | null };

/** The earlier of two check-ins (the server's when they are equal or the device has none). */
function earlier(remote: Stamp, mine: Stamp): Stamp {
  if (!mine.checkedInAt) return { checkedInAt: remote.checkedInAt, checkedInDevice: remote.checkedInDevice };
  if (remote.checkedInAt && Date.parse(remote.checkedInAt) <= Date.parse(mine.checkedInAt))
    return { checkedInAt: remote.checkedInAt, checkedInDevice: remote.checkedInDevice };
  return { checkedInAt: mine.checkedInAt, checkedInDevice: mine.checkedInDevice };
}

/** The ids of the people that queued scans are for. */
export function pendingAttendeeIds(queue: readonly { attendeeId?: string; registrationId?: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const scan of queue) {
    const id = scan.attendeeId ?? scan.registrationId;
    if (id) ids.add(id);
  }
  return ids;
}
