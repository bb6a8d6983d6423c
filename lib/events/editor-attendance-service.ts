import { recordAudit } from '@/lib/audit/service';
import { AppError, type MessageRef } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/errors';
import { db } from '@/lib/server/db';
import type { EventAttendanceInput } from './editor-attendance-schema';

/** 409 at one field of the form: the state (places taken, registrations held) forbids the change. */
export function conflictAt(field: string, key: ErrorKey, values: Record<string, string | number>): AppError {
  const ref: MessageRef = { key, values };
  return new AppError('CONFLICT', key, values, { [field]: ref });
}

/**
 * Saves the part "Teilnahme": format, online places, stream, release and session choice. Registrations already
 * holding a place keep it: online places never drop below the confirmed online seats, and the format never drops a
 * mode that active registrations use (they would hold a place the event no longer offers).
 */
export async function updateEventAttendance(actor: string, eventId: string, data: EventAttendanceInput) {
  return db.$transaction(async (tx) => {
    // FOR UPDATE: a registration taking an online seat meanwhile must not slip under lowered places.
    const [event] = await tx.$queryRaw<{ slug: string; onlineConfirmedCount: number }[]>`
      SELECT slug, "onlineConfirmedCount" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
    if (data.onlineCapacity !== null && data.onlineCapacity < event.onlineConfirmedCount)
      throw conflictAt('onlineCapacity', 'onlinePlacesBelowConfirmed', { count: event.onlineConfirmedCount });
    const dropped =
      data.attendanceFormat === 'onsite' ? 'online' : data.attendanceFormat === 'online' ? 'onsite' : null;
    if (dropped) {
      const count = await tx.registration.count({
        where: { eventId, mode: dropped, status: { notIn: ['cancelled', 'rejected'] } },
      });
      if (count > 0)
        throw conflictAt('attendanceFormat', dropped === 'online' ? 'formatHasOnline' : 'formatHasOnsite', { count });
    }
    await tx.event.update({ where: { id: eventId }, data, select: { id: true } });
    // Field names only: the stream's address stays out of the audit log like out of every other page.
    await recordAudit(tx, {
      actor,
      action: 'event.update',
      eventId,
      summary: 'Veranstaltung bearbeitet (Teilnahme).',
      details: { section: 'attendance', fields: Object.keys(data), format: data.attendanceFormat },
    });
    return { slug: event.slug };
  });
}
