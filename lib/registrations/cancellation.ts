import { AppError } from '@/lib/errors';
import type { CancellationVariant } from '@/lib/mail/compose/cancellation-mail';
import { enqueueMail } from '@/lib/mail/outbox';
import { db } from '@/lib/server/db';
import { releaseSeat } from './seat-release';
import { releaseBookings } from './session-release';

// Cancellations of one event serialise on its row (the counter UPDATE); under a rush they may queue for a while.
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export interface CancellationResult {
  /** False when the registration was already cancelled (cancelling is idempotent). */
  cancelled: boolean;
  /** The waitlisted registration that got the freed seat, if any (its mail is already in the outbox). */
  promotedId: string | null;
  /** A full event has a free seat again: the public event page no longer shows it as full. */
  reopened: boolean;
}

/**
 * Cancels a registration. If it held a seat, the first person on the waiting list (arrival order) who may take
 * it gets it in the same transaction; otherwise the seat goes back to its pool (lib/registrations/seat-release.ts). The cancellation
 * mail and the promotion mail join the outbox in that transaction too.
 */
export async function cancelRegistration(
  registrationId: string,
  actor: string,
  now = new Date(),
  options: { refuseAfterStart?: boolean } = {},
): Promise<CancellationResult> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      {
        status: string;
        eventId: string;
        startsAt: Date;
        email: string;
        contingentSeat: boolean;
        mode: 'onsite' | 'online';
      }[]
    >`
      SELECT r.status::text AS status, r."eventId", e."startsAt", r.email, r."contingentSeat", r.mode::text AS mode
      FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
      WHERE r.id = ${registrationId} FOR UPDATE OF r`;
    if (!row) throw new AppError('NOT_FOUND', 'registrationNotFound');
    // A rejected registration has ended already: nothing to cancel, nothing to mail.
    if (row.status === 'cancelled' || row.status === 'rejected')
      return { cancelled: false, promotedId: null, reopened: false };
    const started = now >= row.startsAt;
    if (started && options.refuseAfterStart) {
      throw new AppError('REGISTRATION_CLOSED', 'cancellationAfterStart');
    }
    await tx.registration.update({
      where: { id: registrationId },
      data: { status: 'cancelled', cancelledAt: now, cancelledBy: actor },
    });
    const mail = { kind: 'cancellation' as const, recipient: row.email, eventId: row.eventId, registrationId };
    if (row.status !== 'confirmed') {
      // A pending registration (approval) held no seat either: it is withdrawn from the review.
      const variant: CancellationVariant = row.status === 'pending' ? 'review_withdrawn' : 'waitlist_left';
      // Its bookings only waited (no event seat, no session place): they end without freeing anything.
      await releaseBookings(tx, { registrationId, promote: false, now });
      await enqueueMail(tx, { ...mail, variant });
      return { cancelled: true, promotedId: null, reopened: false };
    }
    const released = await releaseSeat(tx, row.eventId, {
      promote: !started,
      now,
      contingentSeat: row.contingentSeat,
      mode: row.mode,
    });
    // After the event seat (the event row is locked now), the session places: event → sessions.
    await releaseBookings(tx, { registrationId, promote: !started, now });
    // The mail promises the waiting list only when someone really moved up.
    const variant: CancellationVariant = released.promotedId ? 'seat_passed_on' : 'seat_freed';
    await enqueueMail(tx, { ...mail, variant });
    return { cancelled: true, ...released };
  }, TX_OPTIONS);
}
