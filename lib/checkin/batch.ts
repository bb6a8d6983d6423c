import 'server-only';
import { db, type Tx } from '@/lib/server/db';
import { doorSelect, type DoorRow } from './door-row';
import { planBatch, type KnownCheckIn, type PreparedScan } from './batch-plan';
import { scanRef } from './scan-ref';
import type { ScanInput } from './schema';
import { lockRoomBookings, writeRoomCheckIns } from './room-door';
import { recordOneScan, ScanRaced } from './single-scan';
import type { CheckinCounts, ScanKind, ScanOutcome } from './types';

// A device clock ahead of the server must not move a check-in into the future.
const MAX_CLOCK_SKEW_MS = 5_000;
// One transaction per chunk: short enough that a door device scanning the same people meanwhile waits
// milliseconds, not the whole upload; large enough that 1,000 queued scans take a handful of transactions.
export const SCAN_CHUNK_SIZE = 250;
// Attempts per chunk when the same key was inserted concurrently or Postgres broke a deadlock.
const ATTEMPTS = 4;
// At the door rush many devices wait for the same pool; waiting a little beats failing a scan.
export const CHECKIN_TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export interface ScanContext {
  eventId: string;
  deviceId: string;
  actor: string;
}

/** A key of this chunk was stored by a concurrent request after we looked: run the chunk again to return its result. */
class KeyTakenMeanwhile extends Error {}

// Postgres aborts one side of a deadlock (40P01); the chunk holds no state outside its transaction, so it can rerun.
function isRetryable(error: unknown): boolean {
  if (error instanceof KeyTakenMeanwhile || error instanceof ScanRaced) return true;
  const text =
    error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? '')}` : '';
  return text.includes('40P01') || /deadlock detected/i.test(text);
}

type LockedRow = Omit<DoorRow, 'status' | 'guestType' | 'mode'> & { status: string; guestType: string; mode: string };

// One statement finds and locks every registration the chunk can touch: by id, by ticket code (also other events',
// to tell "wrong event" from "invalid") and behind already-used keys. Ordered by id so that concurrent chunks
// lock in the same order and cannot deadlock each other.
async function lockRegistrations(tx: Tx, scans: readonly PreparedScan[]): Promise<Map<string, DoorRow>> {
  const ids = scans.flatMap((s) => (s.ref.kind === 'id' ? [s.ref.id] : []));
  const codes = scans.flatMap((s) => (s.ref.kind === 'code' ? [s.ref.ticketCode] : []));
  const keys = scans.map((s) => s.idempotencyKey);
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT id, "eventId", title, "firstName", "lastName", organization, status::text AS status, "guestType"::text AS "guestType",
           "checkedInAt", "checkedInDevice", "ticketCode", "cancelledBy", mode::text AS mode
    FROM "Registration"
    WHERE id = ANY(${ids}::text[]) OR "ticketCode" = ANY(${codes}::text[])
       OR id IN (SELECT "registrationId" FROM "CheckIn" WHERE "idempotencyKey" = ANY(${keys}::text[]))
    ORDER BY id
    FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row as DoorRow]));
}

// Read after the locks: a concurrent request holding one of these registrations has committed its row by now.
async function existingCheckIns(tx: Tx, scans: readonly PreparedScan[]): Promise<Map<string, KnownCheckIn>> {
  const rows = await tx.checkIn.findMany({
    where: { idempotencyKey: { in: scans.map((s) => s.idempotencyKey) } },
    select: {
      id: true,
      idempotencyKey: true,
      result: true,
      registrationId: true,
      sessionId: true,
      undoneAt: true,
      scannedAt: true,
    },
  });
  return new Map(rows.map((row) => [row.idempotencyKey, { ...row, result: row.result as ScanKind }]));
}

async function decideChunk(
  tx: Tx,
  ctx: ScanContext,
  scans: readonly PreparedScan[],
  now: Date,
): Promise<ScanOutcome[]> {
  const registrations = await lockRegistrations(tx, scans);
  const existing = await existingCheckIns(tx, scans);
  // A key stored by a concurrent request for another registration than this scan's: show that registration too.
  const missing = [...existing.values()].flatMap((c) =>
    c.registrationId && !registrations.has(c.registrationId) ? [c.registrationId] : [],
  );
  if (missing.length > 0) {
    for (const row of await tx.registration.findMany({ where: { id: { in: missing } }, select: doorSelect }))
      registrations.set(row.id, row);
  }
  const rooms = await lockRoomBookings(tx, ctx.eventId, scans, registrations);
  const plan = planBatch({ eventId: ctx.eventId, registrations, existing, scans, ...rooms }, ctx);

  if (plan.checkedIn.size > 0) {
    const ids = [...plan.checkedIn.keys()];
    const times = [...plan.checkedIn.values()].map((at) => at.toISOString());
    // The columns are UTC timestamps without zone; AT TIME ZONE keeps that independent of the session's zone.
    await tx.$executeRaw`
      UPDATE "Registration" AS r
      SET "checkedInAt" = u.at AT TIME ZONE 'UTC', "checkedInDevice" = ${ctx.deviceId}, "checkedInBy" = ${ctx.actor}, "updatedAt" = now()
      FROM unnest(${ids}::text[], ${times}::timestamptz[]) AS u(id, at)
      WHERE r.id = u.id`;
  }
  if (plan.demoted.size > 0) {
    await tx.checkIn.updateMany({
      where: { registrationId: { in: [...plan.demoted] }, sessionId: null, result: 'checked_in', undoneAt: null },
      data: { result: 'already_checked_in' },
    });
  }
  await writeRoomCheckIns(tx, ctx, plan);
  if (plan.inserts.length > 0) {
    const created = await tx.checkIn.createManyAndReturn({
      data: plan.inserts.map((c) => ({
        eventId: ctx.eventId,
        registrationId: c.registrationId,
        sessionId: c.sessionId,
        idempotencyKey: c.idempotencyKey,
        deviceId: ctx.deviceId,
        scannedAt: c.scannedAt,
        receivedAt: now,
        result: c.result,
        actor: ctx.actor,
      })),
      select: { id: true, idempotencyKey: true },
      skipDuplicates: true,
    });
    if (created.length !== plan.inserts.length) throw new KeyTakenMeanwhile();
    const ids = new Map(created.map((c) => [c.idempotencyKey, c.id]));
    for (const c of plan.inserts) c.id = ids.get(c.idempotencyKey) ?? null;
  }
  return plan.outcomes.map((o) => ({
    idempotencyKey: o.idempotencyKey,
    result: o.result,
    checkInId: o.checkIn.id,
    attendee: o.attendee,
  }));
}

/** Prepares a scan outside any transaction: signature check and the clock-skew cap. */
export function prepareScan(eventId: string, scan: ScanInput, now: Date): PreparedScan {
  const scannedAt = new Date(Math.min(new Date(scan.scannedAt).getTime(), now.getTime() + MAX_CLOCK_SKEW_MS));
  return {
    idempotencyKey: scan.idempotencyKey,
    scannedAt,
    localResult: scan.localResult,
    ref: scanRef(eventId, scan),
    sessionId: scan.sessionId,
  };
}

async function withRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Records a device's scans in order with the same results as recording each on its own (idempotent by key,
 * earliest check-in wins, a refused offline admission becomes a conflict), in one transaction per chunk; a single
 * scan is one statement (./single-scan.ts), which also reads the event's counts.
 */
export async function recordScansWithCounts(
  ctx: ScanContext,
  scans: readonly ScanInput[],
  now = new Date(),
  chunkSize = SCAN_CHUNK_SIZE,
): Promise<{ results: ScanOutcome[]; counts: CheckinCounts | null }> {
  const prepared = scans.map((scan) => prepareScan(ctx.eventId, scan, now));
  // The one-statement path knows the event entrance only; room-door scans take the transaction.
  if (prepared.length === 1 && typeof prepared[0]!.sessionId !== 'string') {
    const { outcome, counts } = await withRetries(() => recordOneScan(ctx, prepared[0]!, now));
    return { results: [outcome], counts };
  }
  const results: ScanOutcome[] = [];
  for (let start = 0; start < prepared.length; start += chunkSize) {
    const chunk = prepared.slice(start, start + chunkSize);
    results.push(
      ...(await withRetries(() => db.$transaction((tx) => decideChunk(tx, ctx, chunk, now), CHECKIN_TX_OPTIONS))),
    );
  }
  return { results, counts: null };
}

/** recordScansWithCounts without the counts. */
export async function recordScans(
  ctx: ScanContext,
  scans: readonly ScanInput[],
  now = new Date(),
  chunkSize = SCAN_CHUNK_SIZE,
): Promise<ScanOutcome[]> {
  return (await recordScansWithCounts(ctx, scans, now, chunkSize)).results;
}
