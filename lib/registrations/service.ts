import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { acceptsRegistrations, getRegistrationState } from '@/lib/events/registration-state';
import type { Locale } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import { insertMailJobs } from '@/lib/mail/outbox';
import { getRegistrationTargetBySlug, type RegistrationEvent } from '@/lib/questions/queries';
import { db, type Tx } from '@/lib/server/db';
import { PRIVACY_CONSENT_VERSION } from './consent';
import type { RegistrationInput } from './schema';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';

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
  /** The event as the caller already loaded it (getRegistrationTargetBySlug), saving the lookup by slug. */
  event?: RegistrationEvent;
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
 * Registers one person for an event. Seat, row and outbox rows are written by ONE statement: the
 * conditional counter UPDATE decides the status, so two requests for the last seat cannot both get it,
 * and the event row is locked only for that statement (no read-then-write, no client round trip while
 * the lock is held). A stored registration always has its confirmation (and newsletter) outbox row.
 */
export async function createRegistration(
  slug: string,
  input: RegistrationInput,
  options: CreateRegistrationOptions = {},
): Promise<CreatedRegistration> {
  const now = options.now ?? new Date();
  const { newsletter, ...f } = input;
  const event = options.event ?? (await getRegistrationTargetBySlug(slug))?.event;
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  const state = getRegistrationState(event, now);
  if (!acceptsRegistrations(state) && state.status !== 'full') {
    throw new AppError('REGISTRATION_CLOSED', 'registrationClosed');
  }
  const row = {
    id: randomUUID(),
    ticketCode: generateTicketCode(),
    manageToken: generateLinkToken(),
    newsletterToken: newsletter ? generateLinkToken() : null,
  };
  // The seat mail's kind (confirmation or waiting list) is decided by the seat statement itself.
  const mails: RegistrationMail[] = [
    { id: randomUUID(), kind: 'seat' },
    ...(newsletter ? [{ id: randomUUID(), kind: 'newsletter' as const }] : []),
  ];
  let seat: InsertedRegistration | null;
  try {
    // Autocommitted: the event row is locked only while Postgres runs and commits this one statement.
    seat = await insertRegistration(
      db,
      { ...row, eventId: event.id, waitlistEnabled: event.waitlistEnabled },
      input,
      options,
      now,
      mails,
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('ALREADY_REGISTERED', 'alreadyRegistered');
    }
    throw error;
  }
  if (!seat) throw new AppError('EVENT_FULL', 'eventFull');
  // The outbox rows are committed; their jobs go in now. Should this fail (or the process die right here),
  // the relay (lib/mail/outbox-relay.ts) inserts them within a minute or two: the mail is late, never lost.
  await insertMailJobs(
    db,
    mails.map((m) => ({ id: m.id, kind: m.kind === 'seat' ? 'confirmation' : m.kind, registrationId: row.id })),
  ).catch((error: unknown) => console.error(`[registration] ${row.id}: mail jobs left to the outbox relay`, error));
  return { ...row, ...seat, email: f.email, eventId: event.id };
}

/** An outbox row written by the seat statement; `seat` becomes `confirmation` or `waitlist` by the seat's outcome. */
export interface RegistrationMail {
  id: string;
  kind: 'seat' | 'newsletter';
}

export interface NewRow {
  id: string;
  eventId: string;
  ticketCode: string;
  manageToken: string;
  newsletterToken: string | null;
  waitlistEnabled: boolean;
}

export interface InsertedRegistration {
  status: 'confirmed' | 'waitlisted';
  /** The seat counter reached the capacity with this row (the event just became full). */
  filledLastSeat: boolean;
}

/**
 * Seat, row and (optionally) outbox rows in ONE statement; returns the new status and whether it took the
 * last seat, or null when the event is full without a waiting list (then nothing is written). The counter
 * UPDATE locks the event row until commit, so exactly one registration sees the counter reach the capacity.
 */
export async function insertRegistration(
  tx: Tx | typeof db,
  row: NewRow,
  input: RegistrationInput,
  options: CreateRegistrationOptions,
  now: Date,
  mails: RegistrationMail[] = [],
): Promise<InsertedRegistration | null> {
  const { consents: _consents, newsletter, answers, ...f } = input;
  const [created] = await tx.$queryRaw<{ status: 'confirmed' | 'waitlisted'; filledLastSeat: boolean }[]>`
    WITH seat AS (
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
      WHERE id = ${row.eventId} AND (${options.overCapacity === true} OR "capacity" IS NULL OR "confirmedCount" < "capacity")
      RETURNING id, "confirmedCount" = "capacity" AS filled
    ), reg AS (
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
      RETURNING id, status, email
    ), mail AS (
      INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "createdAt", "updatedAt")
      SELECT m.id::uuid,
        (CASE WHEN m.kind <> 'seat' THEN m.kind WHEN reg.status = 'confirmed' THEN 'confirmation' ELSE 'waitlist' END)::"MailKind",
        reg.email, ${row.eventId}, reg.id, ${now}, ${now}
      FROM reg, unnest(${mails.map((m) => m.id)}::text[], ${mails.map((m) => m.kind)}::text[]) AS m(id, kind)
    )
    SELECT status::text AS status, COALESCE((SELECT filled FROM seat), false) AS "filledLastSeat" FROM reg`;
  return created ? { status: created.status, filledLastSeat: created.filledLastSeat === true } : null;
}

/** Raw statements report a unique violation as P2010 with the Postgres code, typed queries as P2002. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return (
    error.code === 'P2002' ||
    (error.code === 'P2010' && /23505|unique/i.test(JSON.stringify(error.meta ?? {}) + error.message))
  );
}
