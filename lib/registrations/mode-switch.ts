// Switching between on site and online is a seat move between the event's two pools, so it lives in the
// registration core (see seats.ts), under the event row lock.
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { AttendanceMode } from '@/lib/events/modes';
import { Prisma } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { lockForBookingChange } from './booking-lock';
import { releaseSeat } from './seat-release';
import { lockedEventSql, poolCountSql, poolFitsSql } from './seat-sql';
import { releaseBookings } from './session-release';
import { generateLinkToken } from './tokens';

export interface SwitchModeInput {
  registrationId: string;
  mode: AttendanceMode;
  /** 'attendee' (manage page) or the organizer's e-mail, for the audit log. */
  actor: string;
  now?: Date;
}

export interface SwitchedMode {
  mode: AttendanceMode;
  status: 'confirmed' | 'waitlisted' | 'pending';
  /** The join token (online) the mail and the manage page link to; null on site. */
  joinToken: string | null;
  /** Someone moved up into the place this switch freed (mailed already). */
  promotedId: string | null;
}

const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/** Takes one seat of `mode`'s pool if one is free, by one conditional statement on the locked event row. */
async function takePoolSeat(
  tx: Tx,
  eventId: string,
  mode: AttendanceMode,
  invitee: boolean,
  now: Date,
): Promise<{ seated: boolean; contingent: boolean }> {
  const m = Prisma.sql`${mode}::text`;
  const [row] = await tx.$queryRaw<{ seated: boolean; contingent: boolean }[]>`
    WITH ev AS MATERIALIZED (${lockedEventSql(eventId, now)}
    ), d AS (
      SELECT ${poolFitsSql(1, invitee, m)} AS seated, ${invitee} AND ${m} = 'onsite' AND ev.h > 0 AS contingent FROM ev
    ), seat AS (
      UPDATE "Event" SET ${poolCountSql(m, Prisma.sql`1`)},
        "reservedTaken" = "reservedTaken" + (CASE WHEN (SELECT contingent FROM d) THEN 1 ELSE 0 END)
      WHERE id = ${eventId} AND (SELECT seated FROM d)
      RETURNING id
    )
    SELECT seated, seated AND contingent AS contingent FROM d`;
  return row ?? { seated: false, contingent: false };
}

/**
 * Moves a registration to the other mode of a hybrid event in ONE transaction: a confirmed registration takes a
 * place of the new mode's pool or nothing changes (409 modeFull), then releases the old one (promoting that pool's
 * waiting list). A waitlisted one takes a free seat of the new pool or joins its waiting list; a pending one only
 * changes its mode. Going online ends the on-site bookings (their places promote). A mode the event does not offer
 * is 400 modeUnavailable. Online gets a join token; a `booking_changed` mail goes out.
 */
export async function switchMode(input: SwitchModeInput): Promise<SwitchedMode> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const reg = await lockForBookingChange(tx, input.registrationId, input.actor, now);
    if (reg.attendanceFormat !== 'hybrid')
      throw new AppError('INVALID_INPUT', 'modeUnavailable', {}, { mode: { key: 'modeUnavailable' } });
    const status = reg.status as SwitchedMode['status'];
    if (reg.mode === input.mode) return { mode: reg.mode, status, joinToken: reg.joinToken, promotedId: null };
    const joinToken = input.mode === 'online' ? (reg.joinToken ?? generateLinkToken()) : null;
    const taken =
      status === 'pending' ? null : await takePoolSeat(tx, reg.eventId, input.mode, !!reg.invitationId, now);
    if (status === 'confirmed' && !taken?.seated)
      throw new AppError('EVENT_FULL', 'modeFull', { mode: input.mode }, { mode: { key: 'modeFull' } });
    const next = taken?.seated ? 'confirmed' : status;
    // The row moves first, so the old pool's promotion below cannot pick this registration again.
    await tx.registration.update({
      where: { id: reg.id },
      data: {
        mode: input.mode,
        joinToken,
        status: next,
        contingentSeat: taken?.seated ? taken.contingent : reg.contingentSeat,
        ...(status === 'waitlisted' && next === 'confirmed' ? { promotedAt: now } : {}),
      },
    });
    const promote = now < reg.startsAt;
    let promotedId: string | null = null;
    if (status === 'confirmed') {
      const released = await releaseSeat(tx, reg.eventId, {
        promote,
        now,
        contingentSeat: reg.contingentSeat,
        mode: reg.mode,
      });
      promotedId = released.promotedId;
    }
    // On-site workshops are places in the building: an online attendee gives them up.
    if (input.mode === 'online') await releaseBookings(tx, { registrationId: reg.id, promote, now });
    await enqueueMail(tx, {
      kind: 'booking_changed',
      recipient: reg.email,
      eventId: reg.eventId,
      registrationId: reg.id,
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'registration.mode',
      eventId: reg.eventId,
      registrationId: reg.id,
      summary: input.mode === 'online' ? 'Teilnahmeart auf online geändert.' : 'Teilnahmeart auf vor Ort geändert.',
      details: { from: reg.mode, to: input.mode, status: next, promotedId },
    });
    return { mode: input.mode, status: next, joinToken, promotedId };
  }, TX_OPTIONS);
}
