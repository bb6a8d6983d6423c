import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import type { SessionUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { CHECKIN_TX_OPTIONS as TX_OPTIONS, recordScans, recordScansWithCounts, type ScanContext } from './batch';
import { doorSelect, toDoorAttendee } from './door-row';
import type { ScanInput } from './schema';
import type { CheckinCounts, DoorAttendee, ScanOutcome } from './types';

export { CHECKIN_TX_OPTIONS, type ScanContext } from './batch';
export { doorSelect, ticketHashSync, toDoorAttendee } from './door-row';

/**
 * Checked-in and confirmed on-site attendees in one statement (online ones never come through a door). Unguarded: for the check-in routes and queries after their
 * access check (a second guard would repeat the session lookups, which are not cached in route handlers).
 */
export async function countCheckins(eventId: string): Promise<CheckinCounts> {
  const [row] = await db.$queryRaw<{ checkedIn: number; confirmed: number }[]>`
    SELECT count(*) FILTER (WHERE "checkedInAt" IS NOT NULL)::int AS "checkedIn", count(*)::int AS confirmed
    FROM "Registration" WHERE "eventId" = ${eventId} AND status = 'confirmed' AND mode = 'onsite'`;
  return { checkedIn: row?.checkedIn ?? 0, confirmed: row?.confirmed ?? 0 };
}

/** Records one scan: idempotent by key, earliest check-in wins, a refused offline admission becomes a conflict. */
export async function recordScan(ctx: ScanContext, scan: ScanInput, now = new Date()): Promise<ScanOutcome> {
  const [outcome] = await recordScans(ctx, [scan], now);
  return outcome!;
}

/** Records a device's queued scans in order, decided in bulk with the same results as one by one. */
export async function syncScans(ctx: ScanContext, scans: ScanInput[], now = new Date()): Promise<ScanOutcome[]> {
  return recordScans(ctx, scans, now);
}

/**
 * syncScans and then the event's counts, as the scan route answers: a single scan reads the counts in its own
 * statement (one round trip in all), a queue with one more query after its transactions.
 */
export async function syncScansWithCounts(
  ctx: ScanContext,
  scans: ScanInput[],
  now = new Date(),
): Promise<{ results: ScanOutcome[]; counts: CheckinCounts }> {
  const { results, counts } = await recordScansWithCounts(ctx, scans, now);
  return { results, counts: counts ?? (await countCheckins(ctx.eventId)) };
}

const STAFF_UNDO_WINDOW_MS = 30 * 60 * 1000;

/** Takes a check-in back: staff only their own device's recent one, supervisors any with a reason; audited. */
export async function undoCheckIn(
  ctx: ScanContext & { user: SessionUser },
  registrationId: string,
  reason: string | undefined,
  now = new Date(),
): Promise<DoorAttendee> {
  const supervisor = ctx.user.role !== 'staff';
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ eventId: string; checkedInAt: Date | null; checkedInDevice: string | null }[]>`
      SELECT "eventId", "checkedInAt", "checkedInDevice" FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
    if (!row || row.eventId !== ctx.eventId) throw new AppError('NOT_FOUND', 'registrationNotFound');
    if (!row.checkedInAt) throw new AppError('INVALID_INPUT', 'notCheckedIn');
    const own =
      row.checkedInDevice === ctx.deviceId && now.getTime() - row.checkedInAt.getTime() < STAFF_UNDO_WINDOW_MS;
    if (!supervisor && !own) {
      throw new AppError('FORBIDDEN', 'undoOwnOnly');
    }
    if (supervisor && !own && !reason) throw new AppError('INVALID_INPUT', 'reasonRequired');
    await tx.$executeRaw`
      UPDATE "Registration" SET "checkedInAt" = NULL, "checkedInDevice" = NULL, "checkedInBy" = NULL, "updatedAt" = now()
      WHERE id = ${registrationId}`;
    const undone = await tx.checkIn.updateMany({
      where: { registrationId, undoneAt: null, result: 'checked_in' },
      data: { undoneAt: now, undoneBy: ctx.actor, undoReason: reason || null },
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'checkin.undo',
      eventId: ctx.eventId,
      registrationId,
      summary: own ? 'Check-in am Gerät zurückgenommen.' : 'Check-in von der Einlassleitung zurückgenommen.',
      details: { deviceId: ctx.deviceId, checkIns: undone.count, withReason: Boolean(reason) },
    });
    return toDoorAttendee(
      await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: doorSelect }),
    );
  }, TX_OPTIONS);
}
