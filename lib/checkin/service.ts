import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/service';
import type { SessionUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { normalizeTicketCode } from '@/lib/registrations/ticket-code';
import { db, type Tx } from '@/lib/server/db';
import { looksSigned } from '@/lib/tickets/format';
import { eventTagSync, verifySignedTicket } from '@/lib/tickets/keys';
import type { ScanInput } from './schema';
import type { DoorAttendee, ScanKind, ScanOutcome } from './types';

const HEX32 = /^[0-9A-F]{32}$/;
// A device clock ahead of the server must not move a check-in into the future.
const MAX_CLOCK_SKEW_MS = 5_000;
// At the door rush many devices wait for the same pool; waiting a little beats failing a scan.
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export { TX_OPTIONS as CHECKIN_TX_OPTIONS };

export const doorSelect = {
  id: true, eventId: true, title: true, firstName: true, lastName: true, organization: true, status: true,
  guestType: true, checkedInAt: true, checkedInDevice: true, ticketCode: true,
} as const satisfies Prisma.RegistrationSelect;

type DoorRow = Prisma.RegistrationGetPayload<{ select: typeof doorSelect }>;

/** First 32 hex characters of SHA-256(ticket code); equals ticketHash() in lib/tickets/format. */
export function ticketHashSync(ticketCode: string): string {
  return createHash('sha256').update(ticketCode.toUpperCase()).digest('hex').slice(0, 32);
}

/** A registration as a check-in device may see it. */
export function toDoorAttendee(row: DoorRow): DoorAttendee {
  return {
    id: row.id, title: row.title, firstName: row.firstName, lastName: row.lastName, organization: row.organization,
    status: row.status, guestType: row.guestType, checkedInAt: row.checkedInAt?.toISOString() ?? null,
    checkedInDevice: row.checkedInDevice, ticketHash: ticketHashSync(row.ticketCode),
  };
}

export interface ScanContext {
  eventId: string;
  deviceId: string;
  actor: string;
}

type Resolved = { kind: 'found'; row: DoorRow } | { kind: 'invalid' } | { kind: 'wrong_event' };

async function resolve(tx: Tx, eventId: string, scan: ScanInput): Promise<Resolved> {
  if (scan.registrationId !== undefined) {
    const row = await tx.registration.findUnique({ where: { id: scan.registrationId }, select: doorSelect });
    if (!row) return { kind: 'invalid' };
    return row.eventId === eventId ? { kind: 'found', row } : { kind: 'wrong_event' };
  }
  const text = scan.code ?? '';
  let ticketCode: string;
  if (looksSigned(text)) {
    const ticket = verifySignedTicket(text);
    if (!ticket) return { kind: 'invalid' };
    if (ticket.eventTag !== eventTagSync(eventId)) return { kind: 'wrong_event' };
    ticketCode = ticket.ticketCode;
  } else {
    // Tickets mailed before signing existed carry the bare 32-hex code.
    ticketCode = normalizeTicketCode(text);
    if (!HEX32.test(ticketCode)) return { kind: 'invalid' };
  }
  const row = await tx.registration.findUnique({ where: { ticketCode }, select: doorSelect });
  if (!row) return { kind: 'invalid' };
  return row.eventId === eventId ? { kind: 'found', row } : { kind: 'wrong_event' };
}

// The row lock serialises devices; the conditional UPDATE keeps the earliest time, so a repeated or
// concurrent scan never creates a second check-in.
async function checkInRow(tx: Tx, row: DoorRow, ctx: ScanContext, at: Date): Promise<{ kind: ScanKind; row: DoorRow }> {
  const [locked] = await tx.$queryRaw<{ checkedInAt: Date | null; status: string }[]>`
    SELECT "checkedInAt", status::text AS status FROM "Registration" WHERE id = ${row.id} FOR UPDATE`;
  if (!locked || locked.status !== 'confirmed') return { kind: (locked?.status as ScanKind) ?? 'invalid', row };
  const changed = await tx.$executeRaw`
    UPDATE "Registration"
    SET "checkedInAt" = ${at}, "checkedInDevice" = ${ctx.deviceId}, "checkedInBy" = ${ctx.actor}, "updatedAt" = now()
    WHERE id = ${row.id} AND status = 'confirmed' AND ("checkedInAt" IS NULL OR "checkedInAt" > ${at})`;
  const fresh = await tx.registration.findUniqueOrThrow({ where: { id: row.id }, select: doorSelect });
  if (changed === 1 && locked.checkedInAt !== null) {
    // An earlier offline scan arrived late: it becomes the check-in, the one recorded before is demoted.
    await tx.checkIn.updateMany({ where: { registrationId: row.id, result: 'checked_in', undoneAt: null }, data: { result: 'already_checked_in' } });
  }
  return { kind: changed === 1 ? 'checked_in' : 'already_checked_in', row: fresh };
}

async function existingOutcome(idempotencyKey: string): Promise<ScanOutcome | null> {
  const prior = await db.checkIn.findUnique({
    where: { idempotencyKey },
    select: { id: true, result: true, registration: { select: doorSelect } },
  });
  if (!prior) return null;
  return {
    idempotencyKey, result: prior.result as ScanKind, checkInId: prior.id,
    attendee: prior.registration ? toDoorAttendee(prior.registration) : null,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Records one scan: idempotent by key, earliest check-in wins, a refused offline admission becomes a conflict. */
export async function recordScan(ctx: ScanContext, scan: ScanInput, now = new Date()): Promise<ScanOutcome> {
  const prior = await existingOutcome(scan.idempotencyKey);
  if (prior) return prior;
  const scannedAt = new Date(Math.min(new Date(scan.scannedAt).getTime(), now.getTime() + MAX_CLOCK_SKEW_MS));
  try {
    return await db.$transaction(async (tx) => {
      const found = await resolve(tx, ctx.eventId, scan);
      let kind: ScanKind = found.kind === 'found' ? 'invalid' : found.kind;
      let row: DoorRow | null = null;
      if (found.kind === 'found') {
        ({ kind, row } = await checkInRow(tx, found.row, ctx, scannedAt));
        // The device already let this person in while offline: the supervisor must see it.
        if ((kind === 'cancelled' || kind === 'waitlisted') && scan.localResult === 'checked_in') kind = 'conflict';
      }
      const checkIn = await tx.checkIn.create({
        data: {
          eventId: ctx.eventId, registrationId: row?.id ?? null, idempotencyKey: scan.idempotencyKey,
          deviceId: ctx.deviceId, scannedAt, receivedAt: now, result: kind, actor: ctx.actor,
        },
        select: { id: true },
      });
      return { idempotencyKey: scan.idempotencyKey, result: kind, checkInId: checkIn.id, attendee: row ? toDoorAttendee(row) : null };
    }, TX_OPTIONS);
  } catch (error) {
    // The same key sent twice at once: the loser returns the winner's result.
    if (isUniqueViolation(error)) {
      const winner = await existingOutcome(scan.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

/** Records a device's queued scans in order; each one on its own, so one bad scan does not block the rest. */
export async function syncScans(ctx: ScanContext, scans: ScanInput[], now = new Date()): Promise<ScanOutcome[]> {
  const out: ScanOutcome[] = [];
  for (const scan of scans) out.push(await recordScan(ctx, scan, now));
  return out;
}

const STAFF_UNDO_WINDOW_MS = 30 * 60 * 1000;

/** Takes a check-in back: staff only their own device's recent one, supervisors any with a reason; audited. */
export async function undoCheckIn(
  ctx: ScanContext & { user: SessionUser }, registrationId: string, reason: string | undefined, now = new Date(),
): Promise<DoorAttendee> {
  const supervisor = ctx.user.role !== 'staff';
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ eventId: string; checkedInAt: Date | null; checkedInDevice: string | null }[]>`
      SELECT "eventId", "checkedInAt", "checkedInDevice" FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
    if (!row || row.eventId !== ctx.eventId) throw new AppError('NOT_FOUND', 'Anmeldung nicht gefunden.');
    if (!row.checkedInAt) throw new AppError('INVALID_INPUT', 'Diese Person ist nicht eingecheckt.');
    const own = row.checkedInDevice === ctx.deviceId && now.getTime() - row.checkedInAt.getTime() < STAFF_UNDO_WINDOW_MS;
    if (!supervisor && !own) {
      throw new AppError('FORBIDDEN', 'Nur eigene Check-ins der letzten 30 Minuten können zurückgenommen werden. Bitte wenden Sie sich an die Einlassleitung.');
    }
    if (supervisor && !own && !reason) throw new AppError('INVALID_INPUT', 'Bitte geben Sie einen Grund an.');
    await tx.$executeRaw`
      UPDATE "Registration" SET "checkedInAt" = NULL, "checkedInDevice" = NULL, "checkedInBy" = NULL, "updatedAt" = now()
      WHERE id = ${registrationId}`;
    const undone = await tx.checkIn.updateMany({
      where: { registrationId, undoneAt: null, result: 'checked_in' },
      data: { undoneAt: now, undoneBy: ctx.actor, undoReason: reason || null },
    });
    await recordAudit(tx, {
      actor: ctx.actor, action: 'checkin.undo', eventId: ctx.eventId, registrationId,
      summary: own ? 'Check-in am Gerät zurückgenommen.' : 'Check-in von der Einlassleitung zurückgenommen.',
      details: { deviceId: ctx.deviceId, checkIns: undone.count, withReason: Boolean(reason) },
    });
    return toDoorAttendee(await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: doorSelect }));
  }, TX_OPTIONS);
}


/** Server-side check-in of a typed or scanned code without a device (kept for callers and tests of the old API). */
export async function checkInByCode(slug: string, code: string, actor: string, now = new Date()): Promise<{ kind: ScanKind }> {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new AppError('NOT_FOUND', 'Veranstaltung nicht gefunden.');
  const idempotencyKey = `srv-${randomBytes(12).toString('hex')}`;
  const outcome = await recordScan({ eventId: event.id, deviceId: 'server', actor }, { idempotencyKey, scannedAt: now.toISOString(), code }, now);
  return { kind: outcome.result };
}
