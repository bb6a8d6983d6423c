import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import type { AttendeeExportRow, ExportQuestion } from '@/lib/export/csv';
import type { Prisma, RegistrationStatus } from '@/lib/generated/prisma/client';
import { getEventQuestions } from '@/lib/questions/queries';
import { registrationTextSearch } from '@/lib/search/name-search';
import { db } from '@/lib/server/db';
import { ATTENDEE_PAGE_SIZE, type AttendeeSearch } from './schema';

/** Rows per database round trip while exporting. */
export const EXPORT_BATCH_SIZE = 1000;

export interface RegistrationCounts {
  confirmed: number;
  waitlisted: number;
  cancelled: number;
  checkedIn: number;
}

const emptyCounts = (): RegistrationCounts => ({ confirmed: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 });

async function countsByEvent(eventId?: string): Promise<Map<string, RegistrationCounts>> {
  const where = eventId ? { eventId } : {};
  const [byStatus, checkedIn] = await Promise.all([
    db.registration.groupBy({ by: ['eventId', 'status'], where, _count: { _all: true } }),
    db.registration.groupBy({ by: ['eventId'], where: { ...where, checkedInAt: { not: null } }, _count: { _all: true } }),
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
      select: { id: true, slug: true, title: true, startsAt: true, capacity: true, published: true, isExample: true },
      orderBy: { startsAt: 'desc' },
    }),
    countsByEvent(),
  ]);
  return events.map((e) => ({ ...e, counts: counts.get(e.id) ?? emptyCounts() }));
}

export type EventSummary = Awaited<ReturnType<typeof getEventSummaries>>[number];

function attendeeWhere(eventId: string, q: string): Prisma.RegistrationWhereInput {
  return { eventId, AND: registrationTextSearch(q, ['firstName', 'lastName', 'organization', 'email']) };
}

const attendeeSelect = {
  id: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  email: true,
  organization: true,
  status: true,
  createdAt: true,
  checkedInAt: true,
} as const;

/** One page of an event's attendees (sorted by name) with the event's counts, or null for an unknown slug. */
export async function getAttendeePage(slug: string, { q, page }: AttendeeSearch) {
  await requireOrganizer();
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, startsAt: true, capacity: true },
  });
  if (!event) return null;
  const where = attendeeWhere(event.id, q);
  const [total, counts] = await Promise.all([db.registration.count({ where }), countsByEvent(event.id)]);
  const totalPages = Math.max(1, Math.ceil(total / ATTENDEE_PAGE_SIZE));
  const current = Math.min(page, totalPages);
  const attendees = await db.registration.findMany({
    where,
    select: attendeeSelect,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * ATTENDEE_PAGE_SIZE,
    take: ATTENDEE_PAGE_SIZE,
  });
  return {
    event,
    counts: counts.get(event.id) ?? emptyCounts(),
    attendees,
    q,
    page: current,
    totalPages,
    total,
  };
}

export type AttendeePage = NonNullable<Awaited<ReturnType<typeof getAttendeePage>>>;
export type AttendeeListItem = AttendeePage['attendees'][number];

const exportSelect = {
  ...attendeeSelect,
  position: true,
  sector: true,
  state: true,
  ticketCode: true,
  answers: true,
} as const;

/**
 * The matching attendees of an event as batches of EXPORT_BATCH_SIZE rows (keyset pagination by id, so memory
 * stays flat), or null for an unknown slug. Authorisation happens here, before any batch is read.
 */
export async function iterateAttendeesForExport(
  slug: string,
  q: string,
): Promise<{ questions: ExportQuestion[]; batches: AsyncIterable<AttendeeExportRow[]> } | null> {
  await requireOrganizer();
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) return null;
  const where = attendeeWhere(event.id, q);
  // Archived questions stay as columns: their answers are still stored.
  const questions = await getEventQuestions(event.id, { includeArchived: true });
  return { questions, batches: {
    async *[Symbol.asyncIterator]() {
      let after: string | undefined;
      for (;;) {
        const rows: AttendeeExportRow[] = await db.registration.findMany({
          where: after ? { AND: [where, { id: { gt: after } }] } : where,
          select: exportSelect,
          orderBy: { id: 'asc' },
          take: EXPORT_BATCH_SIZE,
        });
        if (rows.length) yield rows;
        if (rows.length < EXPORT_BATCH_SIZE) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  } };
}

/** Everything stored about one registration of an event, with the event's questions (archived included). */
export async function getRegistrationDetail(slug: string, registrationId: string) {
  await requireOrganizer();
  const registration = await db.registration.findFirst({
    where: { id: registrationId, event: { slug } },
    select: {
      id: true, status: true, salutation: true, title: true, firstName: true, lastName: true, email: true,
      organization: true, position: true, sector: true, state: true, locale: true, source: true, ticketCode: true,
      answers: true, privacyConsentVersion: true, privacyConsentAt: true, newsletterRequestedAt: true,
      newsletterConfirmedAt: true, checkedInAt: true, checkedInBy: true, cancelledAt: true, cancelledBy: true,
      promotedAt: true, createdAt: true, updatedAt: true,
      event: { select: { id: true, slug: true, title: true } },
    },
  });
  if (!registration) return null;
  const questions = await getEventQuestions(registration.event.id, { includeArchived: true });
  return { registration, questions };
}
