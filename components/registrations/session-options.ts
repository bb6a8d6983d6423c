import type { AttendanceMode } from '@/lib/events/modes';
import { formatDate, formatTimeRange } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { groupIntoSlots } from '@/lib/sessions/slots';

/** One bookable session as the form shows it (plain data: it crosses into the browser). */
export interface SessionOption {
  id: string;
  title: string;
  lang: Locale;
  room: string | null;
  time: string;
  /** null = unlimited. */
  remaining: number | null;
  waitlistEnabled: boolean;
}

export interface SlotOption {
  key: string;
  /** "10:00–12:00 Uhr", with the day when the event spans several days. */
  label: string;
  sessions: SessionOption[];
}

interface BookableInput {
  id: string;
  title: string;
  titleEn: string | null;
  room: string | null;
  startsAt: Date;
  endsAt: Date | null;
  remaining: number | null;
  waitlistEnabled: boolean;
}

/** The bookable sessions grouped into time slots (overlapping sessions share one, lib/sessions/slots.ts). */
export function slotOptions(sessions: readonly BookableInput[], locale: Locale): SlotOption[] {
  const days = new Set(sessions.map((s) => formatDate(s.startsAt, locale)));
  return groupIntoSlots(sessions).map((slot) => ({
    key: slot.key,
    label: `${days.size > 1 ? `${formatDate(slot.startsAt, locale)}, ` : ''}${formatTimeRange(slot.startsAt, slot.endsAt, locale)}`,
    sessions: slot.sessions.map((s) => ({
      id: s.id,
      title: locale === 'en' && s.titleEn ? s.titleEn : s.title,
      lang: locale === 'en' && s.titleEn ? 'en' : 'de',
      room: s.room,
      time: formatTimeRange(s.startsAt, s.endsAt, locale),
      remaining: s.remaining,
      waitlistEnabled: s.waitlistEnabled,
    })),
  }));
}

/** The choice with one slot's pick replaced (null = none in that slot). */
export function choose(current: readonly string[], slot: SlotOption, sessionId: string | null): string[] {
  const inSlot = new Set(slot.sessions.map((s) => s.id));
  const rest = current.filter((id) => !inSlot.has(id));
  return sessionId ? [...rest, sessionId] : rest;
}

export interface ModeOption {
  mode: AttendanceMode;
  /** null = unlimited. */
  remaining: number | null;
}

export interface AttendanceChoices {
  /** Only a hybrid event offers a choice; one mode shows no field. */
  modes: ModeOption[];
  slots: SlotOption[];
  sessionsRequired: boolean;
}

interface OptionsInput {
  sessionChoice: 'optional' | 'required';
  sessions: BookableInput[];
}

/** The form's modes with their public places (the registration state's) and the workshops by slot. */
export function attendanceChoices(options: OptionsInput, modes: ModeOption[], locale: Locale): AttendanceChoices {
  // An online-only event has no on-site places, so no workshops to book.
  const slots = modes.some((m) => m.mode === 'onsite') ? slotOptions(options.sessions, locale) : [];
  return {
    modes: modes.map(({ mode, remaining }) => ({ mode, remaining })),
    slots,
    sessionsRequired: options.sessionChoice === 'required',
  };
}
