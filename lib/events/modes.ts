// Attendance modes of an event (on site, online, or both), shared by the form, the API and the registration core:
// no server imports here.

export type AttendanceFormat = 'onsite' | 'online' | 'hybrid';
export type AttendanceMode = 'onsite' | 'online';

/** The modes a registration may choose, the first being the default. */
export function offeredModes(format: AttendanceFormat): AttendanceMode[] {
  if (format === 'hybrid') return ['onsite', 'online'];
  return [format];
}

export interface ModePlaces {
  capacity: number | null;
  confirmedCount: number;
  onlineCapacity: number | null;
  onlineConfirmedCount: number;
}

/**
 * Places of one mode: capacity and how many are left (null = unlimited). The on-site figures are the raw ones;
 * the public form also leaves the invitees' held seats alone (lib/events/registration-state.ts subtracts them).
 */
export function modePlaces(
  event: ModePlaces,
  mode: AttendanceMode,
): { capacity: number | null; remaining: number | null } {
  const capacity = mode === 'online' ? event.onlineCapacity : event.capacity;
  const taken = mode === 'online' ? event.onlineConfirmedCount : event.confirmedCount;
  return { capacity, remaining: capacity === null ? null : Math.max(capacity - taken, 0) };
}
