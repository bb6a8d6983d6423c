// The registration core: the only code that takes, releases and promotes seats, mints tickets and link tokens,
// and writes the seat mail (confirmation, waiting list, or "pending" where the organizers approve). Form, API, "Person hinzufügen", walk-ins at the door
// and cancellations all go through it, so one rule set holds: the conditional counter UPDATE decides the seat,
// beyond the capacity only when the caller asks, and duplicates are refused by the partial unique index.
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ErrorKey } from '@/lib/i18n/errors';
import { insertMailJobs } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { insertMailJobsAfterCommit } from './job-batch';
import type { AttendanceMode } from '@/lib/events/modes';
import { type SeatStatementRow, seatStatement } from './seat-statement';
import type { SessionBookingState } from './session-bookings';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';
import { log } from '@/lib/server/observability/logger';

export type SeatStatus = 'confirmed' | 'waitlisted';
/** What a new registration is: seated, waiting, or (approval required) waiting for the organizers' decision. */
export type EntryStatus = SeatStatus | 'pending';

/** The mail a registration gets for its seat: the ticket, its place on the waiting list, or "being reviewed". */
export function seatMailKind(status: EntryStatus): 'confirmation' | 'waitlist' | 'pending' {
  if (status === 'confirmed') return 'confirmation';
  return status === 'waitlisted' ? 'waitlist' : 'pending';
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
  /**
   * A personal invitation (lib/invitations): the invitee pool (any seat left, a held one first) and the same
   * statement marks the invitation registered, once; a used one writes nothing (409 invitationUsed).
   */
  invitation?: { id: string };
  /** Approval required: the registration waits for the organizers' decision and takes no seat yet. */
  pending?: boolean;
  /** On site or online (checked by the caller against the event's format); absent = the event's default mode. */
  mode?: AttendanceMode;
  /** Bookable sessions chosen (checked by the caller, lib/registrations/session-choice.ts); on site only. */
  sessions?: readonly string[];
  /** Messages for the refusals, where the caller's people need other words (e.g. at the door). */
  refusals?: { full?: ErrorKey; duplicate?: ErrorKey };
  now: Date;
}

export interface TakenSeat {
  id: string;
  status: EntryStatus;
  /** The seat came from the invitees' contingent. */
  contingentSeat: boolean;
  /** This registration took the last seat: the public event page now shows the event as full. */
  filledLastSeat: boolean;
  /** Seated beyond the capacity (asked for, and needed). */
  beyondCapacity: boolean;
  ticketCode: string;
  manageToken: string;
  newsletterToken: string | null;
  mode: AttendanceMode;
  /** The personal join link's token (online); null on site. */
  joinToken: string | null;
  /** The chosen sessions: a place (confirmed) or the session's waiting list (also while the event seat waits). */
  bookings: SessionBookingState[];
  /** A booking took the last place of a session: the public event page shows it full now. */
  filledSession: boolean;
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
    joinToken: generateLinkToken(),
  };
  const mails = request.mail
    ? [{ id: randomUUID(), kind: 'seat' }, ...(request.newsletter ? [{ id: randomUUID(), kind: 'newsletter' }] : [])]
    : [];
  let rows: SeatStatementRow[];
  try {
    rows = await client.$queryRaw(seatStatement(request, keys, mails));
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('ALREADY_REGISTERED', request.refusals?.duplicate ?? 'alreadyRegistered');
    throw error;
  }
  const [result] = rows;
  if (!result) throw new AppError('EVENT_FULL', request.refusals?.full ?? 'eventFull');
  refuseUnusable(result);
  if (!result.tokenOk) throw new AppError('BOT_SUSPECTED', 'rejected');
  if (!result.invitationOk) throw new AppError('ALREADY_REGISTERED', 'invitationUsed');
  if (!result.status) {
    // On a hybrid event the other mode may still have places: the refusal names the mode at its field.
    if (result.format === 'hybrid' && !request.refusals?.full)
      throw new AppError('EVENT_FULL', 'modeFull', { mode: result.mode }, { mode: { key: 'modeFull' } });
    throw new AppError('EVENT_FULL', request.refusals?.full ?? 'eventFull');
  }
  const seat = {
    status: result.status,
    contingentSeat: result.contingentSeat,
    filledLastSeat: result.filledLastSeat,
    beyondCapacity: result.beyondCapacity,
    mode: result.mode,
    joinToken: result.mode === 'online' ? keys.joinToken : null,
    bookings: result.bookings,
    filledSession: result.filledSession,
  };
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

/** The statement's refusals of the choice itself (the caller's checks normally catch these first). */
function refuseUnusable(result: SeatStatementRow): void {
  if (!result.modeOk) throw new AppError('INVALID_INPUT', 'modeUnavailable', {}, { mode: { key: 'modeUnavailable' } });
  if (!result.sessionsOk) {
    const key = result.mode === 'online' ? 'sessionOnlineMode' : 'sessionUnknown';
    throw new AppError('INVALID_INPUT', key, {}, { sessions: { key } });
  }
  if (result.fullSession !== null) {
    const values = { title: result.fullSession };
    throw new AppError('EVENT_FULL', 'sessionFull', values, { sessions: { key: 'sessionFull', values } });
  }
}

/** Raw statements report a unique violation as P2010 with the Postgres code, typed queries as P2002. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return (
    error.code === 'P2002' ||
    (error.code === 'P2010' && /23505|unique/i.test(JSON.stringify(error.meta ?? {}) + error.message))
  );
}
