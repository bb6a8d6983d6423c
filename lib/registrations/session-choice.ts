// The checks of a registration's mode and session choice, made before anything is written (registration, change of
// sessions, switch of mode): a clear 400 names the field, and the seat statement never sees an invalid choice.
import { AppError } from '@/lib/errors';
import { type AttendanceFormat, type AttendanceMode, offeredModes } from '@/lib/events/modes';
import type { db, Tx } from '@/lib/server/db';
import { findOverlap, groupIntoSlots } from '@/lib/sessions/slots';

/** A bookable session as the checks need it. */
export interface ChoosableSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
}

export interface AttendanceSettings {
  attendanceFormat: AttendanceFormat;
  sessionChoice: 'optional' | 'required';
}

/** The event's bookable sessions (one indexed read). */
export async function getChoosableSessions(client: Tx | typeof db, eventId: string): Promise<ChoosableSession[]> {
  return client.eventSession.findMany({
    where: { eventId, bookable: true },
    select: { id: true, title: true, startsAt: true, endsAt: true },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
}

/** The mode a registration gets: the one asked for if the event offers it (else 400), or the event's default. */
export function resolveMode(format: AttendanceFormat, asked: AttendanceMode | undefined): AttendanceMode {
  const offered = offeredModes(format);
  if (asked === undefined) return offered[0] ?? 'onsite';
  if (!offered.includes(asked)) {
    throw new AppError('INVALID_INPUT', 'modeUnavailable', {}, { mode: { key: 'modeUnavailable' } });
  }
  return asked;
}

function sessionsError(key: 'sessionUnknown' | 'sessionDuplicate' | 'sessionRequired' | 'sessionOnlineMode') {
  return new AppError('INVALID_INPUT', key, {}, { sessions: { key } });
}

/**
 * Checks a session choice against the event's bookable sessions: online attends no session; unknown (not
 * bookable, other event), duplicate and overlapping ids are refused; `required` asks one session per time slot of
 * an on-site registration. Returns the chosen sessions.
 */
export function checkSessionChoice(
  settings: AttendanceSettings,
  mode: AttendanceMode,
  bookable: readonly ChoosableSession[],
  chosenIds: readonly string[],
): ChoosableSession[] {
  if (mode === 'online') {
    if (chosenIds.length > 0) throw sessionsError('sessionOnlineMode');
    return [];
  }
  if (new Set(chosenIds).size !== chosenIds.length) throw sessionsError('sessionDuplicate');
  const byId = new Map(bookable.map((s) => [s.id, s]));
  const chosen: ChoosableSession[] = [];
  for (const id of chosenIds) {
    const session = byId.get(id);
    if (!session) throw sessionsError('sessionUnknown');
    chosen.push(session);
  }
  const overlap = findOverlap(chosen);
  if (overlap) {
    const values = { first: overlap[0].title, second: overlap[1].title };
    throw new AppError('INVALID_INPUT', 'sessionOverlap', values, { sessions: { key: 'sessionOverlap', values } });
  }
  if (settings.sessionChoice === 'required') {
    const picked = new Set(chosenIds);
    const missing = groupIntoSlots(bookable).some((slot) => !slot.sessions.some((s) => picked.has(s.id)));
    if (missing) throw sessionsError('sessionRequired');
  }
  return chosen;
}
