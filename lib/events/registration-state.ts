import { heldSeats } from '@/lib/registrations/contingent';
import { type AttendanceFormat, type AttendanceMode, modePlaces, offeredModes } from './modes';

export type PublicRegistrationStatus = 'open' | 'closed' | 'full' | 'waitlist' | 'invitationOnly';

export interface RegistrationStateInput {
  capacity: number | null;
  confirmedCount: number;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  startsAt: Date;
  endsAt: Date;
  /** The invitees' contingent (lib/registrations/contingent.ts); absent means none. */
  reservedSeats?: number;
  reservedTaken?: number;
  reservedReleaseAt?: Date | null;
  reservedReleasedAt?: Date | null;
  /** Only personal invitations register; the public form offers none. */
  invitationOnly?: boolean;
  /** On site, online or hybrid; absent = on site. */
  attendanceFormat?: AttendanceFormat;
  onlineCapacity?: number | null;
  onlineConfirmedCount?: number;
}

/** The places of one offered mode as the public sees them (on site: less the seats held for invitees). */
export interface ModeState {
  mode: AttendanceMode;
  /** null = unlimited. */
  capacity: number | null;
  remaining: number | null;
}

export interface RegistrationState {
  status: PublicRegistrationStatus;
  /**
   * The public capacity: the offered modes' places together (null when one is unlimited), on site less the seats
   * still held for invitees.
   */
  capacity: number | null;
  /** Places left for the public form, all offered modes together (seats held for invitees are not offered). */
  remaining: number | null;
  /** Per offered mode (the first is the default); "full" means every one of them is full. */
  modes: ModeState[];
  /** Why registration is closed, for the wording on the page. */
  reason: 'notYetOpen' | 'windowClosed' | 'past' | null;
  opensAt: Date | null;
  isPast: boolean;
}

/** Derives the public registration status of an event at a given time. */
export function getRegistrationState(event: RegistrationStateInput, now: Date = new Date()): RegistrationState {
  const held = heldSeats(
    {
      capacity: event.capacity,
      confirmedCount: event.confirmedCount,
      reservedSeats: event.reservedSeats ?? 0,
      reservedTaken: event.reservedTaken ?? 0,
      reservedReleaseAt: event.reservedReleaseAt ?? null,
      reservedReleasedAt: event.reservedReleasedAt ?? null,
    },
    now,
  );
  const onsiteCapacity = event.capacity === null ? null : Math.max(0, event.capacity - held);
  const modes = offeredModes(event.attendanceFormat ?? 'onsite').map((mode): ModeState => {
    if (mode === 'onsite') {
      const remaining = onsiteCapacity === null ? null : Math.max(0, onsiteCapacity - event.confirmedCount);
      return { mode, capacity: onsiteCapacity, remaining };
    }
    const online = {
      onlineCapacity: event.onlineCapacity ?? null,
      onlineConfirmedCount: event.onlineConfirmedCount ?? 0,
    };
    return { mode, ...modePlaces({ ...online, capacity: null, confirmedCount: 0 }, 'online') };
  });
  const capacity = sumOrNull(modes.map((m) => m.capacity));
  const remaining = sumOrNull(modes.map((m) => m.remaining));
  const isPast = now >= event.endsAt;
  const base = { capacity, remaining, modes, opensAt: event.registrationOpensAt, isPast };
  // Online registration ends when the event starts unless the organizer chose an earlier close.
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (now >= event.startsAt) return { ...base, status: 'closed', reason: 'past' };
  if (event.registrationOpensAt && now < event.registrationOpensAt)
    return { ...base, status: 'closed', reason: 'notYetOpen' };
  if (now >= closesAt) return { ...base, status: 'closed', reason: 'windowClosed' };
  if (event.invitationOnly) return { ...base, status: 'invitationOnly', reason: null };
  if (remaining === 0) return { ...base, status: event.waitlistEnabled ? 'waitlist' : 'full', reason: null };
  return { ...base, status: 'open', reason: null };
}

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/** True when a registration submitted now through the public form would be accepted (confirmed or waitlisted). */
export function acceptsRegistrations(state: RegistrationState): boolean {
  return state.status === 'open' || state.status === 'waitlist';
}
