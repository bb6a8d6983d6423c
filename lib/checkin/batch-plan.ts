// The decision for a batch of scans, in memory and without I/O: it replays the scans in order against the locked
// registrations and the known check-in rows exactly as one-by-one processing would, and says what to write.
import { doorStatus, toDoorAttendee, type DoorRow } from './door-row';
import type { ScanRef } from './scan-ref';
import type { DoorAttendee, ScanKind } from './types';

export interface PreparedScan {
  idempotencyKey: string;
  /** The device's time, already capped against clock skew. */
  scannedAt: Date;
  localResult?: ScanKind;
  ref: ScanRef;
}

/** A CheckIn row as far as the decision needs it; `id` is null for rows this batch creates until they are inserted. */
export interface KnownCheckIn {
  id: string | null;
  idempotencyKey: string;
  result: ScanKind;
  registrationId: string | null;
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
}

/** The verdict for a confirmed-or-not registration at time `at`: earliest check-in wins, ties keep the first. */
export function scanVerdict(row: Pick<DoorRow, 'status' | 'checkedInAt'>, at: Date): ScanKind {
  const status = doorStatus(row.status);
  if (status !== 'confirmed') return status;
  return row.checkedInAt === null || row.checkedInAt > at ? 'checked_in' : 'already_checked_in';
}

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
  const byCode = new Map([...regs.values()].map((row) => [row.ticketCode, row.id]));
  const rows = new Map([...input.existing].map(([key, row]) => [key, { ...row }]));
  const plan: BatchPlan = { outcomes: [], checkedIn: new Map(), demoted: new Set(), inserts: [] };
  const attendeeOf = (id: string | null) => {
    const row = id === null ? undefined : regs.get(id);
    return row ? toDoorAttendee(row) : null;
  };

  for (const scan of input.scans) {
    const prior = rows.get(scan.idempotencyKey);
    if (prior) {
      plan.outcomes.push({
        idempotencyKey: scan.idempotencyKey,
        result: prior.result,
        attendee: attendeeOf(prior.registrationId),
        checkIn: prior,
      });
      continue;
    }
    const found = find(input, regs, byCode, scan.ref);
    let kind: ScanKind = found.kind === 'found' ? 'invalid' : found.kind;
    const row = found.row;
    if (row) {
      kind = scanVerdict(row, scan.scannedAt);
      if (kind === 'checked_in') {
        if (row.checkedInAt !== null) {
          // An earlier offline scan arrived late: it becomes the check-in, the one recorded before is demoted.
          plan.demoted.add(row.id);
          for (const other of rows.values()) {
            if (other.registrationId === row.id && other.result === 'checked_in' && other.undoneAt === null)
              other.result = 'already_checked_in';
          }
        }
        Object.assign(row, { checkedInAt: scan.scannedAt, checkedInDevice: device.deviceId });
        plan.checkedIn.set(row.id, scan.scannedAt);
      }
      // The device already let this person in while offline: the supervisor must see it.
      if ((kind === 'cancelled' || kind === 'waitlisted') && scan.localResult === 'checked_in') kind = 'conflict';
    }
    const created: KnownCheckIn = {
      id: null,
      idempotencyKey: scan.idempotencyKey,
      result: kind,
      registrationId: row?.id ?? null,
      undoneAt: null,
      scannedAt: scan.scannedAt,
    };
    rows.set(scan.idempotencyKey, created);
    plan.inserts.push(created);
    plan.outcomes.push({
      idempotencyKey: scan.idempotencyKey,
      result: kind,
      attendee: row ? toDoorAttendee(row) : null,
      checkIn: created,
    });
  }
  return plan;
}
