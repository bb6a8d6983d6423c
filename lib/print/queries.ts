import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { registrationTextSearch } from '@/lib/search/name-search';
import { db, type Tx } from '@/lib/server/db';
import type { PrintFilter } from './schema';
import type { PrintEvent, PrintRow, PrintSession } from './types';

/** Rows per database round trip while printing. */
export const PRINT_BATCH_SIZE = 500;

const printSelect = {
  id: true,
  title: true,
  firstName: true,
  lastName: true,
  organization: true,
  ticketCode: true,
  bookings: {
    where: { status: 'confirmed' },
    orderBy: [{ session: { startsAt: 'asc' } }, { session: { position: 'asc' } }],
    select: { session: { select: { title: true } } },
  },
} satisfies Prisma.RegistrationSelect;

/** The event to print for, or null for an unknown slug. */
export async function getPrintEvent(slug: string): Promise<PrintEvent | null> {
  await requireOrganizer();
  return db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, startsAt: true, venueName: true },
  });
}

/** A bookable session of the event to print for (404 for anything else). */
export async function getPrintSession(eventId: string, sessionId: string): Promise<PrintSession> {
  const session = await db.eventSession.findFirst({
    where: { id: sessionId, eventId, bookable: true },
    select: { id: true, title: true, startsAt: true, endsAt: true, room: true },
  });
  if (!session) throw new AppError('NOT_FOUND', 'printSessionUnknown');
  return session;
}

/**
 * The registrations to print: the status (default confirmed) and the attendee list's name search. Until the shared
 * filters of lib/attendees/filters.ts land, this mirrors the export's search fields.
 */
export function printWhere(eventId: string, { q, status, session }: PrintFilter): Prisma.RegistrationWhereInput {
  return {
    eventId,
    status,
    // Paper is for the room: online attendees sign nothing and get no badge (they have no door QR either).
    mode: 'onsite',
    AND: registrationTextSearch(q, ['firstName', 'lastName', 'organization', 'email']),
    ...(session ? { bookings: { some: { sessionId: session, status: 'confirmed' } } } : {}),
  };
}

/** How many registrations match (call inside the same snapshot as printRowBatches). */
export function countPrintRows(tx: Tx, where: Prisma.RegistrationWhereInput): Promise<number> {
  return tx.registration.count({ where });
}

/**
 * The matching rows of an event, sorted by last name, first name (the columns' German ICU collation, as in the attendee list), in batches of `batchSize`.
 * A cursor walks the event's registrations in that order once; each batch is then narrowed by `where` through
 * Prisma, so any RegistrationWhereInput works and memory stays flat. Needs a transaction (the cursor lives in it).
 */
export async function* printRowBatches(
  tx: Tx,
  eventId: string,
  where: Prisma.RegistrationWhereInput,
  batchSize = PRINT_BATCH_SIZE,
): AsyncGenerator<PrintRow[]> {
  const cursor = `print_${Math.random().toString(36).slice(2)}`;
  await tx.$executeRawUnsafe(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT id FROM "Registration" WHERE "eventId" = $1
     ORDER BY "lastName", "firstName", id`,
    eventId,
  );
  try {
    for (;;) {
      const ids = (await tx.$queryRawUnsafe<{ id: string }[]>(`FETCH ${Number(batchSize)} FROM ${cursor}`)).map(
        (r) => r.id,
      );
      if (ids.length === 0) return;
      const rows = await tx.registration.findMany({
        where: { AND: [where, { id: { in: ids } }] },
        select: printSelect,
      });
      const byId = new Map(
        rows.map(({ bookings, ...r }) => [r.id, { ...r, workshops: bookings.map((b) => b.session.title) }]),
      );
      const sorted = ids.flatMap((id) => byId.get(id) ?? []);
      if (sorted.length) yield sorted;
      if (ids.length < batchSize) return;
    }
  } finally {
    await tx.$executeRawUnsafe(`CLOSE ${cursor}`).catch(() => undefined);
  }
}
