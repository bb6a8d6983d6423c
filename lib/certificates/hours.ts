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

// Sessions have no check-in yet (it arrives with #17), so nobody has attended sessions and the fixed hours apply.
export const noSessionAttendance: SessionAttendanceSource = async () => new Map();

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
 * them; with none (always, until session check-in exists) it falls back to the fixed minutes like "fixed" does.
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
