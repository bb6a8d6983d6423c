import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { eventHeadingSelect } from '@/lib/events/selects';
import { Prisma, type RegistrationStatus } from '@/lib/generated/prisma/client';
import { getEventQuestions } from '@/lib/questions/queries';
import { personSelect } from '@/lib/registrations/person-select';
import { db } from '@/lib/server/db';
import { attendeeOrderBy, attendeeWhere, type AttendeeFilters } from './filters';

export const ATTENDEE_PAGE_SIZE = 50;

export interface RegistrationCounts {
  confirmed: number;
  waitlisted: number;
  cancelled: number;
  pending: number;
  rejected: number;
  checkedIn: number;
}

const emptyCounts = (): RegistrationCounts => ({
  confirmed: 0,
  waitlisted: 0,
  cancelled: 0,
  pending: 0,
  rejected: 0,
  checkedIn: 0,
});

async function countsByEvent(eventId?: string): Promise<Map<string, RegistrationCounts>> {
  const where = eventId ? { eventId } : {};
  const [byStatus, checkedIn] = await Promise.all([
    db.registration.groupBy({ by: ['eventId', 'status'], where, _count: { _all: true } }),
    db.registration.groupBy({
      by: ['eventId'],
      where: { ...where, checkedInAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map<string, RegistrationCounts>();
  const of = (id: string) => counts.get(id) ?? counts.set(id, emptyCounts()).get(id)!;
  for (const g of byStatus) of(g.eventId)[g.status as RegistrationStatus] = g._count._all;
  for (const g of checkedIn) of(g.eventId).checkedIn = g._count._all;
  return counts;
}

/** All events (newest first) with their registration and check-in counts. */
export async function getEventSummaries() {
  await requireOrganizer();
  const [events, counts] = await Promise.all([
    db.event.findMany({
      select: {
        id: true,
        slug: true,
        title: true,
        startsAt: true,
        capacity: true,
        published: true,
        isExample: true,
        reservedSeats: true,
        reservedTaken: true,
        reservedReleaseAt: true,
        reservedReleasedAt: true,
      },
      orderBy: { startsAt: 'desc' },
    }),
    countsByEvent(),
  ]);
  return events.map((e) => ({ ...e, counts: counts.get(e.id) ?? emptyCounts() }));
}

export type EventSummary = Awaited<ReturnType<typeof getEventSummaries>>[number];

export interface AttendeeListItem {
  id: string;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  status: RegistrationStatus;
  guestType: 'attendee' | 'guest' | 'speaker' | 'walk_in';
  mode: 'onsite' | 'online';
  overCapacity: boolean;
  createdAt: Date;
  checkedInAt: Date | null;
}

/** The SQL of one table page; exported so a test can EXPLAIN exactly what the page runs. */
export function attendeePageSql(eventId: string, filters: AttendeeFilters, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id, r.title, r."firstName", r."lastName", r.email, r.organization, r.status::text AS status,
      r."guestType"::text AS "guestType", r.mode::text AS mode, r."overCapacity", r."createdAt", r."checkedInAt"
    FROM "Registration" r
    WHERE ${attendeeWhere(eventId, filters)}
    ORDER BY ${attendeeOrderBy(filters)}
    LIMIT ${ATTENDEE_PAGE_SIZE} OFFSET ${offset}`;
}

/** One page of an event's filtered and sorted attendees with the event's counts, or null for an unknown slug. */
export async function getAttendeePage(slug: string, filters: AttendeeFilters) {
  await requireOrganizer();
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      ...eventHeadingSelect,
      endsAt: true,
      capacity: true,
      retentionDays: true,
      anonymizedAt: true,
      approvalRequired: true,
      reservedSeats: true,
      reservedTaken: true,
      reservedReleaseAt: true,
      reservedReleasedAt: true,
      confirmedCount: true,
      attendanceFormat: true,
    },
  });
  if (!event) return null;
  const [[counted], counts, questions, workshops] = await Promise.all([
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM "Registration" r WHERE ${attendeeWhere(event.id, filters)}`,
    countsByEvent(event.id),
    getEventQuestions(event.id, { includeArchived: true }),
    db.eventSession.count({ where: { eventId: event.id, bookable: true } }),
  ]);
  const total = counted?.total ?? 0;
  const totalPages = Math.max(1, Math.ceil(total / ATTENDEE_PAGE_SIZE));
  const page = Math.min(filters.page, totalPages);
  const attendees = await db.$queryRaw<AttendeeListItem[]>(
    attendeePageSql(event.id, filters, (page - 1) * ATTENDEE_PAGE_SIZE),
  );
  return {
    event,
    counts: counts.get(event.id) ?? emptyCounts(),
    questions,
    attendees,
    page,
    totalPages,
    total,
    /** Bookable sessions of the event: the page then links its workshop overview. */
    workshops,
  };
}

export type AttendeePage = NonNullable<Awaited<ReturnType<typeof getAttendeePage>>>;

/** Everything stored about one registration of an event, with the event's questions (archived included). */
export async function getRegistrationDetail(slug: string, registrationId: string) {
  await requireOrganizer();
  const registration = await db.registration.findFirst({
    where: { id: registrationId, event: { slug } },
    select: {
      id: true,
      status: true,
      ...personSelect,
      source: true,
      ticketCode: true,
      answers: true,
      privacyConsentVersion: true,
      privacyConsentAt: true,
      newsletterRequestedAt: true,
      newsletterConfirmedAt: true,
      checkedInAt: true,
      checkedInBy: true,
      cancelledAt: true,
      cancelledBy: true,
      promotedAt: true,
      decidedAt: true,
      decidedBy: true,
      decisionNote: true,
      createdAt: true,
      updatedAt: true,
      guestType: true,
      overCapacity: true,
      anonymizedAt: true,
      mode: true,
      bookings: {
        where: { status: { not: 'cancelled' } },
        orderBy: [{ session: { startsAt: 'asc' } }, { session: { position: 'asc' } }],
        select: {
          status: true,
          requestedAt: true,
          checkedInAt: true,
          session: { select: { id: true, title: true, startsAt: true, endsAt: true, room: true } },
        },
      },
      event: { select: { id: true, slug: true, title: true, attendanceFormat: true } },
    },
  });
  if (!registration) return null;
  const [questions, audit] = await Promise.all([
    getEventQuestions(registration.event.id, { includeArchived: true }),
    db.auditLog.findMany({
      where: { registrationId: registration.id },
      select: { id: true, at: true, actor: true, action: true, summary: true },
      orderBy: { at: 'desc' },
      take: 100,
    }),
  ]);
  return { registration, questions, audit };
}
