import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { type QuestionDefinition, type QuestionRow, questionFromRow } from '@/lib/questions/schema';
import { db } from '@/lib/server/db';
import { isManageLinkExpired } from './manage-link';
import type { ChoosableSession } from './session-choice';
import { normalizeTicketCode } from './ticket-code';

const TICKET_CODE = /^[0-9A-F]{32}$/;

/** The ticket page's view of one registration, by ticket code (any case, spaces or dashes); null if unknown or past retention. */
export async function getTicketByCode(code: string, now = new Date()) {
  const ticketCode = normalizeTicketCode(code);
  // Anything that cannot be a code is unknown without asking the database.
  if (!TICKET_CODE.test(ticketCode)) return null;
  return db.registration
    .findUnique({
      where: { ticketCode },
      select: {
        ticketCode: true,
        eventId: true,
        status: true,
        title: true,
        firstName: true,
        lastName: true,
        organization: true,
        event: {
          select: {
            slug: true,
            title: true,
            titleEn: true,
            startsAt: true,
            endsAt: true,
            venueName: true,
            venueAddress: true,
            venueRoom: true,
            retentionDays: true,
          },
        },
      },
    })
    .then((ticket) => (ticket && !isManageLinkExpired(ticket.event, now) ? ticket : null));
}

export type Ticket = NonNullable<Awaited<ReturnType<typeof getTicketByCode>>>;

/** The id of the active (not cancelled) registration of an e-mail address for an event given by id or slug. */
export async function findRegistrationIdByEmail(eventIdOrSlug: string, email: string): Promise<string | null> {
  const registration = await db.registration.findFirst({
    where: {
      email: email.trim().toLowerCase(),
      status: { not: 'cancelled' },
      event: { OR: [{ id: eventIdOrSlug }, { slug: eventIdOrSlug }] },
    },
    select: { id: true },
  });
  return registration?.id ?? null;
}

/** What a registration needs to know about its event before the seat statement (lib/registrations/seats.ts). */
export interface RegistrationEvent {
  id: string;
  slug: string;
  published: boolean;
  capacity: number | null;
  confirmedCount: number;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  startsAt: Date;
  endsAt: Date;
  /** Public registrations wait for the organizers' decision (invitees skip it). */
  approvalRequired: boolean;
  /** Approving beyond the capacity: waiting list or refusal. */
  approvalOverflow: 'waitlist' | 'refuse';
  /** Only personal invitations register. */
  invitationOnly: boolean;
  /** The most people one group submission may name. */
  maxGroupSize: number;
  /** The invitees' contingent (lib/registrations/contingent.ts). */
  reservedSeats: number;
  reservedTaken: number;
  reservedReleaseAt: Date | null;
  reservedReleasedAt: Date | null;
  /** On site, online or hybrid: the modes a registration may choose (lib/events/modes.ts). */
  attendanceFormat: 'onsite' | 'online' | 'hybrid';
  onlineCapacity: number | null;
  onlineConfirmedCount: number;
  sessionChoice: 'optional' | 'required';
  /** The bookable sessions, where already loaded with the event (else the core reads them when needed). */
  bookableSessions?: ChoosableSession[];
}

export interface RegistrationTarget {
  event: RegistrationEvent;
  questions: QuestionDefinition[];
}

/**
 * An event's registration settings and active questions, by slug, in ONE statement (Prisma would load the
 * relation with a second query, and every query is a round trip on the registration hot path).
 */
async function loadRegistrationTarget(slug: string, publishedOnly: boolean): Promise<RegistrationTarget | null> {
  type Row = Omit<RegistrationEvent, 'bookableSessions'> & {
    questions: QuestionRow[];
    bookableSessions: { id: string; title: string; startsAt: number; endsAt: number | null }[];
  };
  const [row] = await db.$queryRaw<Row[]>`
    SELECT e.id, e.slug, e.published, e.capacity, e."confirmedCount", e."waitlistEnabled", e."registrationOpensAt",
      e."registrationClosesAt", e."startsAt", e."endsAt", e."approvalRequired", e."approvalOverflow"::text AS
      "approvalOverflow", e."invitationOnly", e."maxGroupSize", e."reservedSeats", e."reservedTaken",
      e."reservedReleaseAt", e."reservedReleasedAt", e."attendanceFormat"::text AS "attendanceFormat",
      e."onlineCapacity", e."onlineConfirmedCount", e."sessionChoice"::text AS "sessionChoice",
      COALESCE((
        SELECT json_agg(json_build_object('id', s.id, 'title', s.title,
            'startsAt', extract(epoch FROM s."startsAt") * 1000, 'endsAt', extract(epoch FROM s."endsAt") * 1000)
          ORDER BY s."startsAt", s.id)
        FROM "EventSession" s WHERE s."eventId" = e.id AND s.bookable
      ), '[]'::json) AS "bookableSessions",
      COALESCE((
        SELECT json_agg(json_build_object('id', q.id, 'type', q.type, 'labelDe', q."labelDe", 'labelEn', q."labelEn",
            'helpDe', q."helpDe", 'helpEn', q."helpEn", 'required', q.required, 'options', q.options, 'min', q.min,
            'max', q.max, 'archivedAt', q."archivedAt") ORDER BY q.position, q."createdAt")
        FROM "Question" q WHERE q."eventId" = e.id AND q."archivedAt" IS NULL
      ), '[]'::json) AS questions
    FROM "Event" e WHERE e.slug = ${slug} AND (e.published OR NOT ${publishedOnly})`;
  if (!row) return null;
  const { questions, bookableSessions, ...event } = row;
  // Epoch milliseconds: json_build_object would give the zone-less timestamps as text.
  const sessions = bookableSessions.map((s) => ({
    ...s,
    startsAt: new Date(s.startsAt),
    endsAt: s.endsAt === null ? null : new Date(s.endsAt),
  }));
  return { event: { ...event, bookableSessions: sessions }, questions: questions.map(questionFromRow) };
}

/** A published event's registration form (register page, form action, API); null for an unknown or hidden one. */
export async function getRegistrationTarget(slug: string): Promise<RegistrationTarget | null> {
  return loadRegistrationTarget(slug, true);
}

/** The same for an organizer adding a guest: unpublished events too (they are prepared before publishing). */
export async function getRegistrationTargetForOrganizer(slug: string): Promise<RegistrationTarget | null> {
  await requireOrganizer();
  return loadRegistrationTarget(slug, false);
}
