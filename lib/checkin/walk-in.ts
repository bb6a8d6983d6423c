import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import type { SessionUser } from '@/lib/auth/guards';
import { takeSeat } from '@/lib/registrations/seats';
import { db } from '@/lib/server/db';
import type { WalkInValues } from './schema';
import { CHECKIN_TX_OPTIONS, doorSelect, toDoorAttendee, type ScanContext } from './service';
import type { ScanOutcome } from './types';

// Consent at the door is given on paper / orally; this marks the registration's origin, not a web form version.
const DOOR_CONSENT = 'door';

/**
 * Registers a person at the door and checks them in at once. A full event only admits them when a supervisor
 * (organizer/admin) does it (overCapacity); staff get EVENT_FULL. No mail is queued: the e-mail is optional.
 */
export async function createWalkIn(
  ctx: ScanContext & { user: SessionUser },
  values: WalkInValues,
  idempotencyKey: string,
  now = new Date(),
): Promise<ScanOutcome> {
  const prior = await db.checkIn.findUnique({
    where: { idempotencyKey },
    select: { id: true, result: true, registration: { select: doorSelect } },
  });
  if (prior)
    return {
      idempotencyKey,
      result: 'checked_in',
      checkInId: prior.id,
      attendee: prior.registration && toDoorAttendee(prior.registration),
    };
  const supervisor = ctx.user.role !== 'staff';
  const email = values.email?.trim().toLowerCase() ?? '';
  return db.$transaction(async (tx) => {
    // Staff admit up to the capacity; the door's supervisor asks for a seat beyond it. Never a waiting list.
    const seat = await takeSeat(tx, {
      event: { id: ctx.eventId, waitlistEnabled: false },
      person: {
        firstName: values.firstName,
        lastName: values.lastName,
        organization: values.organization || undefined,
        email,
      },
      source: 'door',
      guestType: 'walk_in',
      locale: 'de',
      privacyConsentVersion: DOOR_CONSENT,
      overCapacity: supervisor,
      waitlist: false,
      mail: false,
      checkIn: { by: ctx.actor, device: ctx.deviceId },
      refusals: { full: 'eventFullAtDoor', duplicate: 'alreadyRegisteredAtDoor' },
      now,
    });
    const row = await tx.registration.findUniqueOrThrow({ where: { id: seat.id }, select: doorSelect });
    const checkIn = await tx.checkIn.create({
      data: {
        eventId: ctx.eventId,
        registrationId: row.id,
        idempotencyKey,
        deviceId: ctx.deviceId,
        scannedAt: now,
        receivedAt: now,
        result: 'checked_in',
        actor: ctx.actor,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'checkin.walk-in',
      eventId: ctx.eventId,
      registrationId: row.id,
      summary: seat.beyondCapacity
        ? 'Person an der Tür angemeldet und eingecheckt (über der Kapazität).'
        : 'Person an der Tür angemeldet und eingecheckt.',
      details: { deviceId: ctx.deviceId, overCapacity: seat.beyondCapacity },
    });
    return { idempotencyKey, result: 'checked_in' as const, checkInId: checkIn.id, attendee: toDoorAttendee(row) };
  }, CHECKIN_TX_OPTIONS);
}
