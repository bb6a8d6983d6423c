import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { acceptsRegistrations, getRegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import { enqueueMails } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { PRIVACY_CONSENT_VERSION } from './consent';
import type { RegistrationInput } from './schema';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';

// Under a rush, requests queue for a pooled connection; give them time instead of failing.
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export interface CreateRegistrationOptions {
  locale?: Locale;
  source?: 'form' | 'api' | 'manual';
  now?: Date;
  /** guest/speaker: added by an organizer (lib/attendees/service.ts). */
  guestType?: 'attendee' | 'guest' | 'speaker' | 'walk_in';
  /** Takes a seat even when the event is full (the counter still counts it, so a cancellation frees it). */
  overCapacity?: boolean;
  /** Recorded instead of the current privacy text version, e.g. "manual" when an organizer adds someone. */
  privacyConsentVersion?: string;
}

export interface CreatedRegistration {
  id: string;
  status: 'confirmed' | 'waitlisted';
  /** This registration took the last seat: the public event page now shows the event as full. */
  filledLastSeat: boolean;
  ticketCode: string;
  email: string;
  eventId: string;
  manageToken: string;
  newsletterToken: string | null;
}

/**
 * Registers one person for an event. Seat and row are written by ONE statement: the conditional
 * counter UPDATE decides the status, so two requests for the last seat cannot both get it, and the
 * event row is locked only for that statement (no read-then-write). The confirmation (and newsletter)
 * mail joins the outbox in the same transaction, so a stored registration always gets its mail.
 */
export async function createRegistration(
  slug: string,
  input: RegistrationInput,
  options: CreateRegistrationOptions = {},
): Promise<CreatedRegistration> {
  const now = options.now ?? new Date();
  const { newsletter, ...f } = input;
  const event = await db.event.findFirst({
    where: { slug, published: true },
    select: {
      id: true, capacity: true, confirmedCount: true, waitlistEnabled: true,
      registrationOpensAt: true, registrationClosesAt: true, startsAt: true, endsAt: true,
    },
  });
  if (!event) throw new AppError('NOT_FOUND', 'Veranstaltung nicht gefunden.');
  const state = getRegistrationState(event, now);
  if (!acceptsRegistrations(state) && state.status !== 'full') {
    throw new AppError('REGISTRATION_CLOSED', 'Die Anmeldung für diese Veranstaltung ist geschlossen.');
  }
  const row = {
    id: randomUUID(),
    ticketCode: generateTicketCode(),
    manageToken: generateLinkToken(),
    newsletterToken: newsletter ? generateLinkToken() : null,
  };
  try {
    return await db.$transaction(async (tx) => {
      const seat = await insertRegistration(tx, { ...row, eventId: event.id, waitlistEnabled: event.waitlistEnabled }, input, options, now);
      if (!seat) throw new AppError('EVENT_FULL', 'Die Veranstaltung ist ausgebucht.');
      const { status, filledLastSeat } = seat;
      const mail = { recipient: f.email, eventId: event.id, registrationId: row.id };
      await enqueueMails(tx, [
        { ...mail, kind: status === 'confirmed' ? 'confirmation' : 'waitlist' },
        ...(newsletter ? [{ ...mail, kind: 'newsletter' as const }] : []),
      ]);
      return { ...row, status, filledLastSeat, email: f.email, eventId: event.id };
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('ALREADY_REGISTERED', 'Mit dieser E-Mail-Adresse besteht bereits eine Anmeldung.');
    }
    throw error;
  }
}

export interface NewRow {
  id: string; eventId: string; ticketCode: string; manageToken: string; newsletterToken: string | null; waitlistEnabled: boolean;
}

export interface InsertedRegistration {
  status: 'confirmed' | 'waitlisted';
  /** The seat counter reached the capacity with this row (the event just became full). */
  filledLastSeat: boolean;
}

/**
 * Seat and row in ONE statement; returns the new status and whether it took the last seat, or null when the
 * event is full without a waiting list. The counter UPDATE locks the event row until commit, so exactly one
 * registration sees the counter reach the capacity.
 */
export async function insertRegistration(
  tx: Tx, row: NewRow, input: RegistrationInput, options: CreateRegistrationOptions, now: Date,
): Promise<InsertedRegistration | null> {
  const { consents: _consents, newsletter, answers, ...f } = input;
  const [created] = await tx.$queryRaw<{ status: 'confirmed' | 'waitlisted'; filledLastSeat: boolean }[]>`
    WITH seat AS (
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
      WHERE id = ${row.eventId} AND (${options.overCapacity === true} OR "capacity" IS NULL OR "confirmedCount" < "capacity")
      RETURNING id, "confirmedCount" = "capacity" AS filled
    )
    INSERT INTO "Registration" (
      id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
      organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
      answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity", "createdAt", "updatedAt"
    )
    SELECT ${row.id}, ${row.eventId}, ${row.ticketCode}, ${row.manageToken},
      (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END)::"RegistrationStatus",
      ${f.salutation ?? null}, ${f.title ?? null}, ${f.firstName}, ${f.lastName}, ${f.email},
      ${f.organization ?? null}, ${f.position ?? null}, ${f.sector ?? null}, ${f.state ?? null},
      ${options.locale ?? 'de'}, ${options.source ?? 'form'}, ${options.privacyConsentVersion ?? PRIVACY_CONSENT_VERSION}, ${now},
      ${JSON.stringify(answers)}::jsonb, ${newsletter ? now : null}, ${row.newsletterToken},
      ${options.guestType ?? 'attendee'}::"GuestType", ${options.overCapacity === true}, ${now}, ${now}
    WHERE EXISTS (SELECT 1 FROM seat) OR ${row.waitlistEnabled}
    RETURNING status::text AS status, COALESCE((SELECT filled FROM seat), false) AS "filledLastSeat"`;
  return created ? { status: created.status, filledLastSeat: created.filledLastSeat === true } : null;
}

/** Raw statements report a unique violation as P2010 with the Postgres code, typed queries as P2002. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || (error.code === 'P2010' && /23505|unique/i.test(JSON.stringify(error.meta ?? {}) + error.message));
}
