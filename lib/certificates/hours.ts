import type { Tx } from '@/lib/server/db';
import type { Locale } from '@/lib/i18n/config';

export interface AttendedSession {
  title: string;
  titleEn: string | null;
  minutes: number;
}

/** Where per-session attendance comes from; keyed by registration id. */
export type SessionAttendanceSource = (
  tx: Tx,
  eventId: string,
  registrationIds: string[],
) => Promise<Map<string, AttendedSession[]>>;

/**
 * The sessions a person attended: their confirmed bookings checked in at the room door, each with its length (a
 * bookable session always has an end), in programme order.
 */
export const checkedInSessionAttendance: SessionAttendanceSource = async (tx, eventId, registrationIds) => {
  const attended = new Map<string, AttendedSession[]>();
  if (registrationIds.length === 0) return attended;
  const bookings = await tx.sessionBooking.findMany({
    where: { eventId, registrationId: { in: registrationIds }, status: 'confirmed', checkedInAt: { not: null } },
    select: {
      registrationId: true,
      session: { select: { title: true, titleEn: true, startsAt: true, endsAt: true } },
    },
    orderBy: [{ session: { startsAt: 'asc' } }, { session: { position: 'asc' } }],
  });
  for (const { registrationId, session } of bookings) {
    const minutes = session.endsAt ? Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000) : 0;
    const list = attended.get(registrationId) ?? [];
    list.push({ title: session.title, titleEn: session.titleEn, minutes: Math.max(0, minutes) });
    attended.set(registrationId, list);
  }
  return attended;
};

export interface HoursSettings {
  hoursMode: 'fixed' | 'sessions';
  fixedMinutes: number | null;
}

/** The event's length, the fallback when no fixed hours are set: at most 8 hours per calendar day. */
export function eventMinutes(startsAt: Date, endsAt: Date): number {
  const minutes = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  const days = Math.max(1, Math.ceil(minutes / (24 * 60)));
  return Math.min(minutes, days * 8 * 60);
}

/**
 * Minutes and session titles of one person's certificate: "sessions" sums the sessions they checked in to and lists
 * them; with none (e.g. an online attendee, or nobody checked in at a room door) it falls back to the fixed minutes
 * like "fixed" does.
 */
export function certificateHours(
  settings: HoursSettings,
  event: { startsAt: Date; endsAt: Date },
  attended: AttendedSession[],
  locale: Locale,
): { minutes: number; sessions: string[] } {
  if (settings.hoursMode === 'sessions' && attended.length > 0) {
    return {
      minutes: attended.reduce((sum, s) => sum + s.minutes, 0),
      sessions: attended.map((s) => (locale === 'en' && s.titleEn?.trim() ? s.titleEn : s.title)),
    };
  }
  return { minutes: settings.fixedMinutes ?? eventMinutes(event.startsAt, event.endsAt), sessions: [] };
}
