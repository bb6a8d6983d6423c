import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { GuestType } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { PRIVACY_CONSENT_VERSION } from './consent';
import { SUBSTITUTED_BY } from './substitution-marker';
import { isManageLinkExpired } from './manage-link';
import { isUniqueViolation } from './seats';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken, isLinkToken } from './tokens';

export interface SubstitutePerson {
  salutation?: string;
  title?: string;
  firstName: string;
  lastName: string;
  email: string;
  organization?: string;
  position?: string;
}

interface LockedRow {
  id: string;
  eventId: string;
  status: string;
  email: string;
  locale: string;
  checkedInAt: Date | null;
  guestType: GuestType;
  overCapacity: boolean;
  contingentSeat: boolean;
  groupId: string | null;
  invitationId: string | null;
  mode: 'onsite' | 'online';
  startsAt: Date;
  endsAt: Date;
  retentionDays: number;
}

async function lockByToken(tx: Tx, token: string, now: Date): Promise<LockedRow> {
  if (!isLinkToken(token)) throw new AppError('NOT_FOUND', 'linkInvalid');
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT r.id, r."eventId", r.status::text AS status, r.email, r.locale, r."checkedInAt", r."guestType"::text AS
      "guestType", r."overCapacity", r."contingentSeat", r."groupId", r."invitationId",
      r.mode::text AS mode, e."startsAt", e."endsAt", e."retentionDays"
    FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r."manageToken" = ${token}
    FOR UPDATE OF r`;
  if (!row || isManageLinkExpired(row, now)) throw new AppError('NOT_FOUND', 'linkInvalid');
  return row;
}

/**
 * Why a registration cannot be handed over, or null. Allowed until the event ends, not only before it starts:
 * the typical case is someone falling ill on the morning of the day, and the door learns it at its next sync.
 * Once the holder is checked in, the place has been used and stays theirs.
 */
export function substitutionRefusal(
  row: { status: string; checkedInAt: Date | null; endsAt: Date },
  now: Date,
): 'substitutionAlreadyDone' | 'substitutionNotConfirmed' | 'substitutionCheckedIn' | 'substitutionEnded' | null {
  if (row.status === 'cancelled') return 'substitutionAlreadyDone';
  if (row.status !== 'confirmed') return 'substitutionNotConfirmed';
  if (row.checkedInAt) return 'substitutionCheckedIn';
  if (row.endsAt <= now) return 'substitutionEnded';
  return null;
}

/**
 * Hands a confirmed registration's place to someone else, in one transaction: the old registration is cancelled
 * (cancelledBy "substitute", its ticket revoked), a new confirmed registration for the substitute takes over the
 * same seat (no counter changes; contingentSeat carried over; substituteForId set), both are mailed, and the
 * audit log records it. Returns the new registration's id and manage token.
 */
export async function substituteRegistration(
  manageToken: string,
  person: SubstitutePerson,
  actor: string,
  now: Date = new Date(),
): Promise<{ id: string; manageToken: string }> {
  const email = person.email.trim().toLowerCase();
  const taken = () =>
    new AppError(
      'ALREADY_REGISTERED',
      'substituteAlreadyRegistered',
      {},
      { email: { key: 'substituteAlreadyRegistered' } },
    );
  try {
    return await db.$transaction(async (tx) => {
      const old = await lockByToken(tx, manageToken, now);
      const refusal = substitutionRefusal(old, now);
      if (refusal) throw new AppError('CONFLICT', refusal);
      if (email === old.email) {
        throw new AppError('INVALID_INPUT', 'substituteSameAddress', {}, { email: { key: 'substituteSameAddress' } });
      }
      const active = await tx.registration.count({
        where: { eventId: old.eventId, email, status: { notIn: ['cancelled', 'rejected'] } },
      });
      if (active > 0) throw taken();
      // Plain cancellation, not cancelRegistration(): the seat is not released, so nobody is promoted and no
      // cancellation mail goes out; the holder gets the substitution mail instead. invitationId is unique and
      // moves to the substitute, so it is cleared here first.
      await tx.registration.update({
        where: { id: old.id },
        data: { status: 'cancelled', cancelledAt: now, cancelledBy: SUBSTITUTED_BY, invitationId: null },
      });
      const created = await tx.registration.create({
        data: {
          eventId: old.eventId,
          ticketCode: generateTicketCode(),
          manageToken: generateLinkToken(),
          status: 'confirmed',
          salutation: person.salutation || null,
          title: person.title || null,
          firstName: person.firstName,
          lastName: person.lastName,
          email,
          organization: person.organization || null,
          position: person.position || null,
          locale: old.locale,
          source: SUBSTITUTED_BY,
          privacyConsentVersion: PRIVACY_CONSENT_VERSION,
          privacyConsentAt: now,
          // Answers are personal (diet, access needs): the substitute gives their own on the manage page.
          answers: {},
          guestType: old.guestType,
          overCapacity: old.overCapacity,
          contingentSeat: old.contingentSeat,
          groupId: old.groupId,
          invitationId: old.invitationId,
          substituteForId: old.id,
          // The place is the holder's: its mode, and (below) its session bookings; online, a join link of its own.
          mode: old.mode,
          joinToken: old.mode === 'online' ? generateLinkToken() : null,
          createdAt: now,
        },
        select: { id: true, manageToken: true },
      });
      await tx.sessionBooking.updateMany({
        where: { registrationId: old.id, status: { not: 'cancelled' } },
        data: { registrationId: created.id, updatedAt: now },
      });
      await enqueueMail(tx, {
        kind: 'confirmation',
        recipient: email,
        eventId: old.eventId,
        registrationId: created.id,
      });
      const by = actor === 'attendee' ? 'attendee' : 'organizer';
      await enqueueMail(tx, {
        kind: 'substitution',
        recipient: old.email,
        eventId: old.eventId,
        registrationId: old.id,
        variant: by,
      });
      await recordAudit(tx, {
        actor,
        action: 'registration.substitute',
        eventId: old.eventId,
        registrationId: old.id,
        summary: 'Platz an eine Vertretung übergeben.',
        details: { substituteId: created.id, by },
      });
      return created;
    });
  } catch (error) {
    // Someone registered the substitute's address in the meantime (the partial unique index).
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
