import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit/service';
import type { SessionUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { generateTicketCode } from '@/lib/registrations/ticket-code';
import { generateLinkToken } from '@/lib/registrations/tokens';
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
    const seat = await tx.$executeRaw`
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
      WHERE id = ${ctx.eventId} AND ("capacity" IS NULL OR "confirmedCount" < "capacity")`;
    if (seat === 0) {
      if (!supervisor)
        throw new AppError('EVENT_FULL', 'eventFullAtDoor');
      await tx.$executeRaw`UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1 WHERE id = ${ctx.eventId}`;
    }
    if (email) {
      const taken = await tx.registration.count({
        where: { eventId: ctx.eventId, email, status: { not: 'cancelled' } },
      });
      if (taken > 0)
        throw new AppError('ALREADY_REGISTERED', 'alreadyRegisteredAtDoor');
    }
    const row = await tx.registration.create({
      data: {
        id: randomUUID(),
        eventId: ctx.eventId,
        ticketCode: generateTicketCode(),
        manageToken: generateLinkToken(),
        status: 'confirmed',
        firstName: values.firstName,
        lastName: values.lastName,
        organization: values.organization || null,
        email,
        source: 'door',
        guestType: 'walk_in',
        overCapacity: seat === 0,
        privacyConsentVersion: DOOR_CONSENT,
        privacyConsentAt: now,
        checkedInAt: now,
        checkedInBy: ctx.actor,
        checkedInDevice: ctx.deviceId,
      },
      select: doorSelect,
    });
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
      summary:
        seat === 0
          ? 'Person an der Tür angemeldet und eingecheckt (über der Kapazität).'
          : 'Person an der Tür angemeldet und eingecheckt.',
      details: { deviceId: ctx.deviceId, overCapacity: seat === 0 },
    });
    return { idempotencyKey, result: 'checked_in' as const, checkInId: checkIn.id, attendee: toDoorAttendee(row) };
  }, CHECKIN_TX_OPTIONS);
}
