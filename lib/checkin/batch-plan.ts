// The decision for a batch of scans, in memory and without I/O: it replays the scans in order against the locked
// registrations and the known check-in rows exactly as one-by-one processing would, and says what to write.
import { doorStatus, toDoorAttendee, toDoorBooking, type DoorRow } from './door-row';
import type { ScanRef } from './scan-ref';
import type { DoorAttendee, ScanKind } from './types';

export interface PreparedScan {
  idempotencyKey: string;
  /** The device's time, already capped against clock skew. */
  scannedAt: Date;
  localResult?: ScanKind;
  ref: ScanRef;
  /** The room door's session; null at the event entrance; undefined from devices that predate room doors. */
  sessionId?: string | null;
}

/** A session booking as far as the room door's decision needs it. */
export interface DoorBookingRow {
  id: string;
  registrationId: string;
  sessionId: string;
  status: string;
  checkedInAt: Date | null;
  checkedInDevice: string | null;
}

export const bookingKey = (registrationId: string, sessionId: string) => `${registrationId} ${sessionId}`;

/** A CheckIn row as far as the decision needs it; `id` is null for rows this batch creates until they are inserted. */
export interface KnownCheckIn {
  id: string | null;
  idempotencyKey: string;
  result: ScanKind;
  registrationId: string | null;
  /** The room door's session (a bookable session of this event), or null at the event entrance. */
  sessionId: string | null;
  undoneAt: Date | null;
  scannedAt: Date;
}

export interface PlannedOutcome {
  idempotencyKey: string;
  /** The verdict as it stood when this scan was decided (a later, earlier-timed scan may demote the stored row). */
  result: ScanKind;
  attendee: DoorAttendee | null;
  checkIn: KnownCheckIn;
}

export interface BatchPlan {
  outcomes: PlannedOutcome[];
  /** Registrations whose check-in changed, with the new (earliest) time; device and actor are the batch's. */
  checkedIn: Map<string, Date>;
  /** Registrations whose stored "checked_in" rows must become "already_checked_in" before the new rows go in. */
  demoted: Set<string>;
  /** Bookings whose room-door check-in changed, by booking id, with the new (earliest) time. */
  bookingCheckedIn: Map<string, Date>;
  /** Bookings whose stored room-door "checked_in" rows must become "already_checked_in". */
  bookingDemoted: Map<string, { registrationId: string; sessionId: string }>;
  /** New CheckIn rows in scan order; their `result` is final once planning is done. */
  inserts: KnownCheckIn[];
}

export interface BatchInput {
  eventId: string;
  /** Locked registrations by id (this function updates copies, never these objects). */
  registrations: ReadonlyMap<string, DoorRow>;
  /** Existing CheckIn rows by idempotency key. */
  existing: ReadonlyMap<string, KnownCheckIn>;
  scans: readonly PreparedScan[];
  /** Locked bookings of the scanned sessions, by bookingKey (absent: no room-door scans). */
  bookings?: ReadonlyMap<string, DoorBookingRow>;
  /** Bookable sessions of this event among the scans' doors (absent: none). */
  sessions?: ReadonlySet<string>;
}

/**
 * The verdict at the event entrance at time `at`: earliest check-in wins, ties keep the first. An online
 * registration is refused: as "online" to devices that name their door, as "cancelled" to older ones.
 */
export function scanVerdict(
  row: Pick<DoorRow, 'status' | 'checkedInAt'> & { mode?: DoorRow['mode'] },
  at: Date,
  sessionId?: string | null,
): ScanKind {
  const status = doorStatus(row.status);
  if (status !== 'confirmed') return status;
  if (row.mode === 'online') return sessionId === undefined ? 'cancelled' : 'online';
  return row.checkedInAt === null || row.checkedInAt > at ? 'checked_in' : 'already_checked_in';
}

/** The verdict at a room door: only a confirmed booking of the session admits; its earliest check-in wins. */
export function roomVerdict(
  row: Pick<DoorRow, 'status' | 'mode'>,
  booking: Pick<DoorBookingRow, 'status' | 'checkedInAt'> | undefined,
  at: Date,
): ScanKind {
  const status = doorStatus(row.status);
  if (status !== 'confirmed') return status;
  if (row.mode === 'online') return 'online';
  if (booking?.status !== 'confirmed') return 'not_booked';
  return booking.checkedInAt === null || booking.checkedInAt > at ? 'checked_in' : 'already_checked_in';
}

// Verdicts that refuse a person the device may have let in while offline: the supervisor must see those.
const REFUSALS = new Set<ScanKind>(['cancelled', 'waitlisted', 'not_booked', 'online']);

function find(input: BatchInput, regs: Map<string, DoorRow>, byCode: Map<string, string>, ref: ScanRef) {
  if (ref.kind === 'invalid' || ref.kind === 'wrong_event') return { kind: ref.kind, row: null };
  const id = ref.kind === 'id' ? ref.id : byCode.get(ref.ticketCode);
  const row = id === undefined ? undefined : regs.get(id);
  if (!row) return { kind: 'invalid' as const, row: null };
  return row.eventId === input.eventId ? { kind: 'found' as const, row } : { kind: 'wrong_event' as const, row: null };
}

/** Decides a batch of one device's scans as if each were recorded on its own, in order. */
export function planBatch(input: BatchInput, device: { deviceId: string; actor: string }): BatchPlan {
  const regs = new Map([...input.registrations].map(([id, row]) => [id, { ...row }]));
  const bookings = new Map([...(input.bookings ?? [])].map(([key, row]) => [key, { ...row }]));
  const byCode = new Map([...regs.values()].map((row) => [row.ticketCode, row.id]));
  const rows = new Map([...input.existing].map(([key, row]) => [key, { ...row }]));
  const plan: BatchPlan = {
    outcomes: [],
    checkedIn: new Map(),
    demoted: new Set(),
    bookingCheckedIn: new Map(),
    bookingDemoted: new Map(),
    inserts: [],
  };
  // A scan's answer names the scanned session's booking only (the list carries all of them).
  const attendeeOf = (id: string | null, sessionId: string | null) => {
    const row = id === null ? undefined : regs.get(id);
    if (!row) return null;
    if (sessionId === null) return toDoorAttendee(row);
    const booking = bookings.get(bookingKey(row.id, sessionId));
    return toDoorAttendee(row, booking?.status === 'confirmed' ? [toDoorBooking(booking)] : []);
  };
  const demote = (registrationId: string, sessionId: string | null) => {
    for (const other of rows.values()) {
      if (
        other.registrationId === registrationId &&
        other.sessionId === sessionId &&
        other.result === 'checked_in' &&
        other.undoneAt === null
      )
        other.result = 'already_checked_in';
    }
  };
  const checkInEvent = (row: DoorRow, at: Date) => {
    // An earlier offline scan arrived late: it becomes the check-in, the one recorded before is demoted.
    if (row.checkedInAt !== null) {
      plan.demoted.add(row.id);
      demote(row.id, null);
    }
    Object.assign(row, { checkedInAt: at, checkedInDevice: device.deviceId });
    plan.checkedIn.set(row.id, at);
  };

  for (const scan of input.scans) {
    const prior = rows.get(scan.idempotencyKey);
    if (prior) {
      plan.outcomes.push({
        idempotencyKey: scan.idempotencyKey,
        result: prior.result,
        attendee: attendeeOf(prior.registrationId, prior.sessionId),
        checkIn: prior,
      });
      continue;
    }
    // A door that is no bookable session of this event (deleted meanwhile, or a wrong id) admits nobody.
    const room = typeof scan.sessionId === 'string' ? scan.sessionId : null;
    const knownRoom = room !== null && (input.sessions?.has(room) ?? false) ? room : null;
    const found = find(input, regs, byCode, scan.ref);
    let kind: ScanKind = found.kind === 'found' ? 'invalid' : found.kind;
    const row = found.row;
    if (row && room !== null) {
      const booking = knownRoom === null ? undefined : bookings.get(bookingKey(row.id, knownRoom));
      kind = roomVerdict(row, booking, scan.scannedAt);
      if (kind === 'checked_in' && booking) {
        if (booking.checkedInAt !== null) {
          plan.bookingDemoted.set(booking.id, { registrationId: row.id, sessionId: booking.sessionId });
          demote(row.id, booking.sessionId);
        }
        Object.assign(booking, { checkedInAt: scan.scannedAt, checkedInDevice: device.deviceId });
        plan.bookingCheckedIn.set(booking.id, scan.scannedAt);
        // The room door implies the event check-in; the earliest of the two doors' scans is the event's.
        if (row.checkedInAt === null || row.checkedInAt > scan.scannedAt) checkInEvent(row, scan.scannedAt);
      }
    } else if (row) {
      kind = scanVerdict(row, scan.scannedAt, scan.sessionId);
      if (kind === 'checked_in') checkInEvent(row, scan.scannedAt);
    }
    // The device already let this person in while offline: the supervisor must see it.
    if (row && REFUSALS.has(kind) && scan.localResult === 'checked_in') kind = 'conflict';
    const created: KnownCheckIn = {
      id: null,
      idempotencyKey: scan.idempotencyKey,
      result: kind,
      registrationId: row?.id ?? null,
      sessionId: knownRoom,
      undoneAt: null,
      scannedAt: scan.scannedAt,
    };
    rows.set(scan.idempotencyKey, created);
    plan.inserts.push(created);
    plan.outcomes.push({
      idempotencyKey: scan.idempotencyKey,
      result: kind,
      attendee: row ? attendeeOf(row.id, knownRoom) : null,
      checkIn: created,
    });
  }
  return plan;
}
