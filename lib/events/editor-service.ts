import { recordAudit } from '@/lib/audit/service';
import { AppError, fieldError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/server/db';
import { publishChecklist, unconfirmedItems } from './publish-checklist';
import type { CreateEventInput, EventBasicsInput, EventSettingsInput, EventVenueInput } from './editor-schema';

async function loadEvent(tx: Tx, eventId: string) {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      published: true,
      confirmedCount: true,
      startsAt: true,
      capacity: true,
      reservedTaken: true,
      reservedReleasedAt: true,
      venueName: true,
      venueAddress: true,
      attendanceFormat: true,
      onlineCapacity: true,
      streamUrl: true,
      _count: { select: { registrations: true, sessions: true } },
    },
  });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}

/** Maps the unique-slug violation to a field error; a check before the insert could still race. */
export async function withSlugCheck<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw fieldError('slug', 'slugTaken');
    throw error;
  }
}

/** Creates an unpublished event from the basics and the venue. */
export async function createEvent(actor: string, data: CreateEventInput) {
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const event = await tx.event.create({ data: { ...data, published: false }, select: { id: true, slug: true } });
      await recordAudit(tx, { actor, action: 'event.create', eventId: event.id, summary: 'Veranstaltung angelegt.' });
      return event;
    }),
  );
}

/** Whether the slug may still change: only while nobody can have a link to it. */
export function slugEditable(event: { published: boolean; registrationCount: number }): boolean {
  return !event.published && event.registrationCount === 0;
}

async function updateSection(actor: string, eventId: string, section: string, data: Prisma.EventUpdateInput, tx: Tx) {
  await tx.event.update({ where: { id: eventId }, data, select: { id: true } });
  await recordAudit(tx, {
    actor,
    action: 'event.update',
    eventId,
    summary: `Veranstaltung bearbeitet (${section}).`,
    details: { section, fields: Object.keys(data) },
  });
}

/** Saves title, slug, texts and dates; returns the (possibly new) slug and the old one. */
export async function updateEventBasics(actor: string, eventId: string, data: EventBasicsInput) {
  return withSlugCheck(() =>
    db.$transaction(async (tx) => {
      const event = await loadEvent(tx, eventId);
      if (
        data.slug !== event.slug &&
        !slugEditable({ published: event.published, registrationCount: event._count.registrations })
      ) {
        throw fieldError('slug', 'slugFixed');
      }
      await updateSection(actor, eventId, 'basics', data, tx);
      return { slug: data.slug, previousSlug: event.slug };
    }),
  );
}

/** Saves the venue. */
export async function updateEventVenue(actor: string, eventId: string, data: EventVenueInput) {
  return db.$transaction(async (tx) => {
    const event = await loadEvent(tx, eventId);
    await updateSection(actor, eventId, 'venue', data, tx);
    return { slug: event.slug };
  });
}

/**
 * The contingent must fit what is already taken: never below the seats invitees hold, and the part still held must
 * fit the seats nobody has yet (the public pool cannot be over-filled by raising it). A released contingent stays
 * released, so its size no longer holds anything.
 */
function checkContingent(
  event: { confirmedCount: number; reservedTaken: number; reservedReleasedAt: Date | null },
  data: EventSettingsInput,
) {
  if (data.reservedSeats < event.reservedTaken)
    throw fieldError('reservedSeats', 'reservedBelowTaken', { count: event.reservedTaken });
  if (event.reservedReleasedAt || data.capacity === null) return;
  const free = data.capacity - event.confirmedCount;
  if (data.reservedSeats - event.reservedTaken > free)
    throw fieldError('reservedSeats', 'reservedAboveFree', { count: Math.max(0, free) });
}

/** Saves capacity, waiting list, window, reminders, photo notice and retention; capacity never drops below confirmed seats. */
export async function updateEventSettings(actor: string, eventId: string, data: EventSettingsInput) {
  return db.$transaction(async (tx) => {
    // FOR UPDATE: a registration taking a seat meanwhile must not slip under a lowered capacity.
    await tx.$executeRaw`SELECT 1 FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = await loadEvent(tx, eventId);
    if (data.capacity !== null && data.capacity < event.confirmedCount) {
      throw fieldError('capacity', 'capacityBelowConfirmed', { count: event.confirmedCount });
    }
    checkContingent(event, data);
    await updateSection(actor, eventId, 'settings', data, tx);
    return { slug: event.slug };
  });
}

/** Publishes or unpublishes an event. */
/** What the organizer settled before publishing: the unmet checklist items they confirmed, and the legal pages' state. */
export interface PublishConfirmation {
  confirmed: readonly string[];
  legalConfigured: boolean;
}

/**
 * Publishes or unpublishes the event. Publishing goes through the checklist: every unmet item must have been
 * confirmed by the organizer, or nothing changes.
 */
export async function setEventPublished(
  actor: string,
  eventId: string,
  published: boolean,
  confirmation: PublishConfirmation = { confirmed: [], legalConfigured: false },
) {
  return db.$transaction(async (tx) => {
    const event = await loadEvent(tx, eventId);
    if (published && !event.published) {
      const checklist = publishChecklist(
        { event, sessionCount: event._count.sessions, legalConfigured: confirmation.legalConfigured },
        new Date(),
      );
      if (unconfirmedItems(checklist, confirmation.confirmed).length > 0)
        throw new AppError('INVALID_INPUT', 'publishChecklistUnconfirmed');
    }
    if (event.published !== published) {
      await tx.event.update({ where: { id: eventId }, data: { published }, select: { id: true } });
      await recordAudit(tx, {
        actor,
        action: published ? 'event.publish' : 'event.unpublish',
        eventId,
        summary: published ? 'Veranstaltung veröffentlicht.' : 'Veröffentlichung zurückgenommen.',
      });
    }
    return { slug: event.slug, published };
  });
}
