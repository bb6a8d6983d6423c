import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import type { SessionUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { CHECKIN_TX_OPTIONS, type ScanContext } from './batch';
import { doorSelect, toDoorAttendee, toDoorBooking } from './door-row';
import type { DoorAttendee } from './types';

const STAFF_UNDO_WINDOW_MS = 30 * 60 * 1000;

interface Stamp {
  checkedInAt: Date | null;
  checkedInDevice: string | null;
}

/**
 * Takes a room-door check-in back, by the rules of the entrance's undo (staff: own device, 30 minutes; supervisors:
 * any, with a reason; audited). The event check-in goes with it only where this room scan implied it; it then falls
 * back to the earliest other room check-in of the person, if any.
 */
export async function undoRoomCheckIn(
  ctx: ScanContext & { user: SessionUser },
  registrationId: string,
  sessionId: string,
  reason: string | undefined,
  now = new Date(),
): Promise<DoorAttendee> {
  const supervisor = ctx.user.role !== 'staff';
  return db.$transaction(async (tx) => {
    // Registration before booking: the lock order of the scans.
    const [row] = await tx.$queryRaw<(Stamp & { eventId: string })[]>`
      SELECT "eventId", "checkedInAt", "checkedInDevice" FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
    if (!row || row.eventId !== ctx.eventId) throw new AppError('NOT_FOUND', 'registrationNotFound');
    const [booking] = await tx.$queryRaw<(Stamp & { id: string })[]>`
      SELECT id, "checkedInAt", "checkedInDevice" FROM "SessionBooking"
      WHERE "registrationId" = ${registrationId} AND "sessionId" = ${sessionId} AND status = 'confirmed' FOR UPDATE`;
    if (!booking?.checkedInAt) throw new AppError('INVALID_INPUT', 'notCheckedIn');
    const own =
      booking.checkedInDevice === ctx.deviceId && now.getTime() - booking.checkedInAt.getTime() < STAFF_UNDO_WINDOW_MS;
    if (!supervisor && !own) throw new AppError('FORBIDDEN', 'undoOwnOnly');
    if (supervisor && !own && !reason) throw new AppError('INVALID_INPUT', 'reasonRequired');

    await tx.sessionBooking.update({
      where: { id: booking.id },
      data: { checkedInAt: null, checkedInDevice: null },
    });
    const undone = await tx.checkIn.updateMany({
      where: { registrationId, sessionId, undoneAt: null, result: 'checked_in' },
      data: { undoneAt: now, undoneBy: ctx.actor, undoReason: reason || null },
    });
    const implied =
      row.checkedInAt?.getTime() === booking.checkedInAt.getTime() && row.checkedInDevice === booking.checkedInDevice;
    if (implied) {
      const next = await tx.sessionBooking.findFirst({
        where: { registrationId, status: 'confirmed', checkedInAt: { not: null } },
        select: { checkedInAt: true, checkedInDevice: true },
        orderBy: { checkedInAt: 'asc' },
      });
      await tx.registration.update({
        where: { id: registrationId },
        data: {
          checkedInAt: next?.checkedInAt ?? null,
          checkedInDevice: next?.checkedInDevice ?? null,
          checkedInBy: next ? ctx.actor : null,
        },
      });
    }
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'checkin.undo',
      eventId: ctx.eventId,
      registrationId,
      summary: own
        ? 'Check-in an der Raumtür am Gerät zurückgenommen.'
        : 'Check-in an der Raumtür von der Einlassleitung zurückgenommen.',
      details: {
        deviceId: ctx.deviceId,
        sessionId,
        checkIns: undone.count,
        eventCheckIn: implied,
        withReason: Boolean(reason),
      },
    });
    const updated = await tx.registration.findUniqueOrThrow({
      where: { id: registrationId },
      select: {
        ...doorSelect,
        bookings: {
          where: { sessionId, status: 'confirmed' },
          select: { sessionId: true, checkedInAt: true, checkedInDevice: true },
        },
      },
    });
    const { bookings, ...door } = updated;
    return toDoorAttendee(door, bookings.map(toDoorBooking));
  }, CHECKIN_TX_OPTIONS);
}
