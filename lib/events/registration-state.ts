export type PublicRegistrationStatus = 'open' | 'closed' | 'full' | 'waitlist';

export interface RegistrationStateInput {
  capacity: number | null;
  confirmedCount: number;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  startsAt: Date;
  endsAt: Date;
}

export interface RegistrationState {
  status: PublicRegistrationStatus;
  capacity: number | null;
  remaining: number | null;
  /** Why registration is closed, for the wording on the page. */
  reason: 'notYetOpen' | 'windowClosed' | 'past' | null;
  opensAt: Date | null;
  isPast: boolean;
}

/** Derives the public registration status of an event at a given time. */
export function getRegistrationState(event: RegistrationStateInput, now: Date = new Date()): RegistrationState {
  const remaining = event.capacity === null ? null : Math.max(0, event.capacity - event.confirmedCount);
  const isPast = now >= event.endsAt;
  const base = { capacity: event.capacity, remaining, opensAt: event.registrationOpensAt, isPast };
  // Online registration ends when the event starts unless the organizer chose an earlier close.
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= event.startsAt) return { ...base, status: 'closed', reason: 'past' };
  if (event.registrationOpensAt && now < event.registrationOpensAt)
    return { ...base, status: 'closed', reason: 'notYetOpen' };
  if (now >= closesAt) return { ...base, status: 'closed', reason: 'windowClosed' };
  if (remaining === 0) return { ...base, status: event.waitlistEnabled ? 'waitlist' : 'full', reason: null };
  return { ...base, status: 'open', reason: null };
}

/** True when a registration submitted now would be accepted (confirmed or waitlisted). */
export function acceptsRegistrations(state: RegistrationState): boolean {
  return state.status === 'open' || state.status === 'waitlist';
}
