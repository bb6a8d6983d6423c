// The registration core: the only code that takes, releases and promotes seats, mints tickets and link tokens,
// and writes the seat mail (confirmation or waiting list). Form, API, "Person hinzufügen", walk-ins at the door
// and cancellations all go through it, so one rule set holds: the conditional counter UPDATE decides the seat,
// beyond the capacity only when the caller asks, and duplicates are refused by the partial unique index.
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ErrorKey } from '@/lib/i18n/errors';
import { insertMailJobs } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { insertMailJobsAfterCommit } from './job-batch';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';
import { log } from '@/lib/server/observability/logger';

export type SeatStatus = 'confirmed' | 'waitlisted';

/** The mail a registration gets for its seat: the ticket, or its place on the waiting list. */
export function seatMailKind(status: SeatStatus): 'confirmation' | 'waitlist' {
  return status === 'confirmed' ? 'confirmation' : 'waitlist';
}

/** The person as stored; e-mail lower-cased ('' only at the door, where it is optional). */
export interface SeatPerson {
  salutation?: string;
  title?: string;
  firstName: string;
  lastName: string;
  email: string;
  organization?: string;
  position?: string;
  sector?: string;
  state?: string;
  answers?: Record<string, unknown>;
}

export interface SeatRequest {
  event: { id: string; waitlistEnabled: boolean };
  person: SeatPerson;
  source: 'form' | 'api' | 'manual' | 'door';
  guestType: 'attendee' | 'guest' | 'speaker' | 'walk_in';
  locale: string;
  privacyConsentVersion: string;
  /** Take a seat even when the event is full: only when an organizer or the door's supervisor asks for it. */
  overCapacity?: boolean;
  /** Waiting list allowed when full (a walk-in at the door is admitted or refused, never waitlisted). */
  waitlist?: boolean;
  newsletter?: boolean;
  /** Queue the seat mail (not for walk-ins: their address is optional and they stand at the door). */
  mail: boolean;
  /** Checked in with the registration (walk-ins). */
  checkIn?: { by: string; device: string };
  /** A browser's form token, used up by the same statement: a replayed token writes nothing (BOT_SUSPECTED). */
  formTokenMac?: string;
  /** Messages for the refusals, where the caller's people need other words (e.g. at the door). */
  refusals?: { full?: ErrorKey; duplicate?: ErrorKey };
  now: Date;
}

export interface TakenSeat {
  id: string;
  status: SeatStatus;
  /** This registration took the last seat: the public event page now shows the event as full. */
  filledLastSeat: boolean;
  /** Seated beyond the capacity (asked for, and needed). */
  beyondCapacity: boolean;
  ticketCode: string;
  manageToken: string;
  newsletterToken: string | null;
}

/**
 * Takes a seat (or a waiting-list place) and writes the registration and its outbox rows in ONE statement. On
 * `db` it is autocommitted and the event row is locked only for that statement; the mail jobs follow the commit
 * (the outbox relay inserts any that a crash lost). In a transaction the jobs join it.
 */
export async function takeSeat(client: Tx | typeof db, request: SeatRequest): Promise<TakenSeat> {
  const keys = {
    id: randomUUID(),
    ticketCode: generateTicketCode(),
    manageToken: generateLinkToken(),
    newsletterToken: request.newsletter ? generateLinkToken() : null,
  };
  const mails = request.mail
    ? [{ id: randomUUID(), kind: 'seat' }, ...(request.newsletter ? [{ id: randomUUID(), kind: 'newsletter' }] : [])]
    : [];
  let rows: { status: SeatStatus | null; filledLastSeat: boolean; beyondCapacity: boolean; tokenOk: boolean }[];
  try {
    rows = await client.$queryRaw(seatStatement(request, keys, mails));
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('ALREADY_REGISTERED', request.refusals?.duplicate ?? 'alreadyRegistered');
    throw error;
  }
  const [result] = rows;
  if (result && !result.tokenOk) throw new AppError('BOT_SUSPECTED', 'rejected');
  if (!result?.status) throw new AppError('EVENT_FULL', request.refusals?.full ?? 'eventFull');
  const seat = { status: result.status, filledLastSeat: result.filledLastSeat, beyondCapacity: result.beyondCapacity };
  const jobs = mails.map((m) => ({
    id: m.id,
    kind: m.kind === 'seat' ? seatMailKind(seat.status) : ('newsletter' as const),
    registrationId: keys.id,
  }));
  if (jobs.length === 0) return { ...keys, ...seat };
  if (client === db) {
    await insertMailJobsAfterCommit(jobs).catch((error: unknown) =>
      log('registration').error({ err: error, registrationId: keys.id }, 'mail jobs left to the outbox relay'),
    );
  } else {
    await insertMailJobs(client, jobs);
  }
  return { ...keys, ...seat };
}

function seatStatement(
  request: SeatRequest,
  keys: Omit<TakenSeat, 'status' | 'filledLastSeat' | 'beyondCapacity'>,
  mails: { id: string; kind: string }[],
) {
  const { event, person: p, now } = request;
  const over = request.overCapacity === true;
  const waitlist = request.waitlist !== false && event.waitlistEnabled;
  const checkedInAt = request.checkIn ? now : null;
  const mac = request.formTokenMac ?? null;
  // The token is inserted first; without it (replayed) neither seat nor row is written.
  return Prisma.sql`
    WITH token AS (
      INSERT INTO "UsedFormToken" (mac, "usedAt") SELECT ${mac}::text, ${now} WHERE ${mac}::text IS NOT NULL
      ON CONFLICT (mac) DO NOTHING RETURNING mac
    ), allowed AS (
      SELECT ${mac}::text IS NULL OR EXISTS (SELECT 1 FROM token) AS ok
    ), seat AS (
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
      WHERE id = ${event.id} AND (SELECT ok FROM allowed)
        AND (${over} OR "capacity" IS NULL OR "confirmedCount" < "capacity")
      RETURNING id, "confirmedCount" = "capacity" AS filled, "confirmedCount" > "capacity" AS beyond
    ), reg AS (
      INSERT INTO "Registration" (
        id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
        organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
        answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity",
        "checkedInAt", "checkedInBy", "checkedInDevice", "createdAt", "updatedAt"
      )
      SELECT ${keys.id}, ${event.id}, ${keys.ticketCode}, ${keys.manageToken},
        (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END)::"RegistrationStatus",
        ${p.salutation ?? null}, ${p.title ?? null}, ${p.firstName}, ${p.lastName}, ${p.email},
        ${p.organization ?? null}, ${p.position ?? null}, ${p.sector ?? null}, ${p.state ?? null},
        ${request.locale}, ${request.source}, ${request.privacyConsentVersion}, ${now},
        ${JSON.stringify(p.answers ?? {})}::jsonb, ${keys.newsletterToken ? now : null}, ${keys.newsletterToken},
        ${request.guestType}::"GuestType", COALESCE((SELECT beyond FROM seat), false),
        ${checkedInAt}, ${request.checkIn?.by ?? null}, ${request.checkIn?.device ?? null}, ${now}, ${now}
      WHERE (SELECT ok FROM allowed) AND (EXISTS (SELECT 1 FROM seat) OR ${waitlist})
      RETURNING id, status, email
    ), mail AS (
      INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "createdAt", "updatedAt")
      SELECT m.id::uuid,
        (CASE WHEN m.kind <> 'seat' THEN m.kind WHEN reg.status = 'confirmed' THEN 'confirmation' ELSE 'waitlist' END)::"MailKind",
        reg.email, ${event.id}, reg.id, ${now}, ${now}
      FROM reg, unnest(${mails.map((m) => m.id)}::text[], ${mails.map((m) => m.kind)}::text[]) AS m(id, kind)
    )
    SELECT (SELECT status::text FROM reg) AS status, COALESCE((SELECT filled FROM seat), false) AS "filledLastSeat",
      COALESCE((SELECT beyond FROM seat), false) AS "beyondCapacity", (SELECT ok FROM allowed) AS "tokenOk"`;
}

/** Raw statements report a unique violation as P2010 with the Postgres code, typed queries as P2002. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return (
    error.code === 'P2002' ||
    (error.code === 'P2010' && /23505|unique/i.test(JSON.stringify(error.meta ?? {}) + error.message))
  );
}
