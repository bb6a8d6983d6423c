import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cancelRegistration, type CancellationResult } from '@/lib/registrations/cancellation';
import { resendRegistrationMail } from '@/lib/registrations/mails';
import { takeSeat } from '@/lib/registrations/seats';
import { db } from '@/lib/server/db';
import type { ManualRegistrationInput, OrganizerUpdateInput } from './schema';

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * An organizer adds a guest or speaker through the registration core: without `overCapacity` a full event puts
 * them on the waiting list (or refuses without one); with it they get a seat beyond the capacity. The
 * confirmation mail and the audit entry commit with the row. Registration windows do not apply.
 */
export async function createManualRegistration(eventId: string, input: ManualRegistrationInput, actor: string) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, waitlistEnabled: true } });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  const { guestType, overCapacity, ...person } = input;
  return db.$transaction(async (tx) => {
    const seat = await takeSeat(tx, {
      event,
      person,
      source: 'manual',
      guestType,
      locale: 'de',
      privacyConsentVersion: 'manual',
      overCapacity,
      mail: true,
      refusals: { full: 'eventFullManual' },
      now: new Date(),
    });
    const { status } = seat;
    await recordAudit(tx, {
      actor,
      action: 'registration.create-manual',
      eventId,
      registrationId: seat.id,
      summary: `${guestType === 'speaker' ? 'Referent/in' : 'Gast'} von Hand hinzugefügt (${status === 'confirmed' ? 'bestätigt' : 'Warteliste'}${seat.beyondCapacity ? ', über Kapazität' : ''}).`,
      details: { guestType, overCapacity: seat.beyondCapacity, status },
    });
    return { id: seat.id, status, filledLastSeat: seat.filledLastSeat };
  }, TX_OPTIONS);
}

/** An organizer corrects names, organisation, position, sector, state and answers; the audit lists changed fields only. */
export async function updateRegistrationByOrganizer(
  registrationId: string,
  input: OrganizerUpdateInput,
  actor: string,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.registration.findUnique({ where: { id: registrationId } });
    if (!before) throw new AppError('NOT_FOUND', 'registrationNotFound');
    const data = {
      salutation: input.salutation ?? null,
      title: input.title ?? null,
      firstName: input.firstName,
      lastName: input.lastName,
      organization: input.organization ?? null,
      position: input.position ?? null,
      sector: input.sector ?? null,
      state: input.state ?? null,
      // Answers to questions not on the form (archived) are kept.
      answers: { ...(before.answers as object), ...input.answers } as Prisma.InputJsonObject,
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(data[k]),
    );
    if (changed.length === 0) return { changed };
    await tx.registration.update({ where: { id: registrationId }, data });
    await recordAudit(tx, {
      actor,
      action: 'registration.update',
      eventId: before.eventId,
      registrationId,
      summary: `Anmeldung bearbeitet (${changed.length} ${changed.length === 1 ? 'Feld' : 'Felder'}).`,
      details: { fields: changed },
    });
    return { changed };
  });
}

/** Queues the status mail again (at most once per ten minutes, see resendRegistrationMail) and audits it. */
export async function resendByOrganizer(registrationId: string, eventId: string, actor: string): Promise<boolean> {
  const queued = await resendRegistrationMail(registrationId);
  // resendRegistrationMail owns its transaction; the audit entry follows it only when a mail was queued.
  if (queued)
    await recordAudit(db, {
      actor,
      action: 'registration.resend',
      eventId,
      registrationId,
      summary: 'Bestätigungsmail erneut versandt.',
    });
  return queued;
}

/** Cancels through cancelRegistration (which promotes from the waiting list) and audits it. */
export async function cancelByOrganizer(
  registrationId: string,
  eventId: string,
  actor: string,
): Promise<CancellationResult> {
  const result = await cancelRegistration(registrationId, actor);
  if (result.cancelled) {
    await recordAudit(db, {
      actor,
      action: 'registration.cancel',
      eventId,
      registrationId,
      summary: result.promotedId ? 'Anmeldung storniert; der Platz ging an die Warteliste.' : 'Anmeldung storniert.',
      details: result.promotedId ? { promotedId: result.promotedId } : {},
    });
  }
  return result;
}
