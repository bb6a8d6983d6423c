import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { db, type Tx } from '@/lib/server/db';
import { conflictAt } from './editor-attendance-service';
import type { HostInput, SessionInput } from './programme-schema';
import { validateLogo } from './logo';

async function eventSlug(tx: Tx, eventId: string): Promise<string> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { slug: true } });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event.slug;
}

const speakerRows = (
  speakers: { name: string; role: string | null; roleEn: string | null; organization: string | null }[],
) => speakers.map((sp, position) => ({ ...sp, position }));

/**
 * Locks the event, then the session (the registration core's order: event → sessions by id), so a booking taken
 * meanwhile is counted; returns the session's places taken and its bookings still active, or null if not the event's.
 */
async function lockSession(tx: Tx, eventId: string, sessionId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const [row] = await tx.$queryRaw<{ bookable: boolean; confirmedCount: number }[]>`
    SELECT bookable, "confirmedCount" FROM "EventSession" WHERE id = ${sessionId} AND "eventId" = ${eventId} FOR UPDATE`;
  if (!row) return null;
  const active = await tx.sessionBooking.count({ where: { sessionId, status: { in: ['confirmed', 'waitlisted'] } } });
  return { ...row, active };
}

/**
 * Bookings stay valid: places never drop below the confirmed bookings, and a session with active bookings
 * (confirmed or waiting) stays bookable; both answer 409 with the count.
 */
function checkBookings(locked: { confirmedCount: number; active: number }, data: Omit<SessionInput, 'speakers'>) {
  if (!data.bookable && locked.active > 0) throw conflictAt('bookable', 'sessionHasBookings', { count: locked.active });
  if (data.capacity !== null && data.capacity < locked.confirmedCount)
    throw conflictAt('capacity', 'sessionPlacesBelowBooked', { count: locked.confirmedCount });
}

/** Adds a session (sessionId null) or replaces one with its speakers; returns the event's slug. */
export async function saveSession(actor: string, eventId: string, sessionId: string | null, input: SessionInput) {
  const { speakers, ...data } = input;
  return db.$transaction(async (tx) => {
    const slug = await eventSlug(tx, eventId);
    let id = sessionId;
    if (id) {
      const locked = await lockSession(tx, eventId, id);
      if (!locked) throw new AppError('NOT_FOUND', 'sessionNotFound');
      checkBookings(locked, data);
      const { count } = await tx.eventSession.updateMany({
        where: { id, eventId },
        data: { ...data, endsAt: data.endsAt ?? null },
      });
      if (count === 0) throw new AppError('NOT_FOUND', 'sessionNotFound');
      await tx.speaker.deleteMany({ where: { sessionId: id } });
      await tx.speaker.createMany({ data: speakerRows(speakers).map((sp) => ({ ...sp, sessionId: id! })) });
    } else {
      const last = await tx.eventSession.aggregate({ where: { eventId }, _max: { position: true } });
      const created = await tx.eventSession.create({
        data: {
          ...data,
          endsAt: data.endsAt ?? null,
          eventId,
          position: (last._max.position ?? -1) + 1,
          speakers: { create: speakerRows(speakers) },
        },
        select: { id: true },
      });
      id = created.id;
    }
    await recordAudit(tx, {
      actor,
      action: sessionId ? 'session.update' : 'session.create',
      eventId,
      summary: sessionId ? 'Programmpunkt bearbeitet.' : 'Programmpunkt hinzugefügt.',
      details: { sessionId: id, speakers: speakers.length, bookable: data.bookable, capacity: data.capacity },
    });
    return { slug, sessionId: id };
  });
}

/**
 * Adds or changes a host. A new logo gives the host a new id, so `/media/hosts/<id>` never changes content and can
 * be cached for a year. `logo` undefined keeps the current one, null removes it.
 */
export async function saveHost(
  actor: string,
  eventId: string,
  hostId: string | null,
  data: HostInput,
  logoBytes?: Uint8Array | null,
) {
  const logo = logoBytes ? validateLogo(logoBytes) : logoBytes === null ? { logo: null, logoMime: null } : {};
  return db.$transaction(async (tx) => {
    const slug = await eventSlug(tx, eventId);
    let id: string;
    if (hostId) {
      const old = await tx.host.findFirst({
        where: { id: hostId, eventId },
        select: { position: true, logo: true, logoMime: true },
      });
      if (!old) throw new AppError('NOT_FOUND', 'hostNotFound');
      if ('logo' in logo) {
        await tx.host.delete({ where: { id: hostId } });
        id = (
          await tx.host.create({ data: { ...data, ...logo, eventId, position: old.position }, select: { id: true } })
        ).id;
      } else {
        await tx.host.update({ where: { id: hostId }, data, select: { id: true } });
        id = hostId;
      }
    } else {
      const last = await tx.host.aggregate({ where: { eventId }, _max: { position: true } });
      id = (
        await tx.host.create({
          data: { ...data, ...logo, eventId, position: (last._max.position ?? -1) + 1 },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(tx, {
      actor,
      action: hostId ? 'host.update' : 'host.create',
      eventId,
      summary: hostId ? 'Gastgeber bearbeitet.' : 'Gastgeber hinzugefügt.',
      details: { hostId: id, logo: 'logo' in logo ? (logo.logo ? 'replaced' : 'removed') : 'kept' },
    });
    return { slug, hostId: id };
  });
}

/** Moves a host or session one place up or down by swapping positions with its neighbour. */
export async function moveItem(
  actor: string,
  eventId: string,
  kind: 'host' | 'session',
  id: string,
  direction: 'up' | 'down',
) {
  return db.$transaction(async (tx) => {
    const slug = await eventSlug(tx, eventId);
    const rows =
      kind === 'host'
        ? await tx.host.findMany({
            where: { eventId },
            select: { id: true },
            orderBy: [{ position: 'asc' }, { id: 'asc' }],
          })
        : await tx.eventSession.findMany({
            where: { eventId },
            select: { id: true },
            orderBy: [{ startsAt: 'asc' }, { position: 'asc' }, { id: 'asc' }],
          });
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0) throw new AppError('NOT_FOUND', 'entryNotFound');
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= rows.length) return { slug };
    const order = rows.map((r) => r.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    // Renumber all, so gaps and ties from older data disappear.
    for (const [position, rowId] of order.entries()) {
      if (kind === 'host') await tx.host.update({ where: { id: rowId }, data: { position }, select: { id: true } });
      else await tx.eventSession.update({ where: { id: rowId }, data: { position }, select: { id: true } });
    }
    await recordAudit(tx, {
      actor,
      action: `${kind}.move`,
      eventId,
      summary: 'Reihenfolge geändert.',
      details: { [`${kind}Id`]: id, direction },
    });
    return { slug };
  });
}

/**
 * Removes a host (with its logo) or a session (with its speakers) of the event. A session people booked or wait for
 * stays (409 with the count): deleting it would drop their places without a word.
 */
async function deleteItem(actor: string, eventId: string, kind: 'host' | 'session', id: string) {
  return db.$transaction(async (tx) => {
    const slug = await eventSlug(tx, eventId);
    if (kind === 'session') {
      const locked = await lockSession(tx, eventId, id);
      if (locked && locked.active > 0) throw new AppError('CONFLICT', 'sessionHasBookings', { count: locked.active });
    }
    const where = { id, eventId };
    const { count } =
      kind === 'host' ? await tx.host.deleteMany({ where }) : await tx.eventSession.deleteMany({ where });
    if (count === 0) throw new AppError('NOT_FOUND', kind === 'host' ? 'hostNotFound' : 'sessionNotFound');
    const summary = kind === 'host' ? 'Gastgeber entfernt.' : 'Programmpunkt entfernt.';
    await recordAudit(tx, { actor, action: `${kind}.delete`, eventId, summary, details: { [`${kind}Id`]: id } });
    return { slug };
  });
}

export const deleteSession = (actor: string, eventId: string, sessionId: string) =>
  deleteItem(actor, eventId, 'session', sessionId);

export const deleteHost = (actor: string, eventId: string, hostId: string) =>
  deleteItem(actor, eventId, 'host', hostId);
