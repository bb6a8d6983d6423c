import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/config';
import { type DoorTexts, door as germanDoor } from '@/lib/i18n/de/door';
import { type RoomDoorTexts, roomDoor as germanRoomDoor } from '@/lib/i18n/de/room-door';
import { EVENT_TIME_ZONE } from '@/lib/format';
import type { DoorAttendee, ScanKind } from './types';

/** What the door screen shows: tone picks the colour; symbol and text carry the same meaning for everyone. */
export interface ScanDisplay {
  tone: 'success' | 'warning' | 'danger';
  symbol: '✓' | '!' | '✕';
  headline: string;
  name?: string;
  detail?: string;
}

/** The door's texts and language, as the server page hands them to the client app (German by default). */
export interface DoorLanguage {
  t: DoorTexts;
  /** The room door's texts (German where a caller knows no room doors). */
  room?: RoomDoorTexts;
  locale: Locale;
}

export const GERMAN_DOOR: DoorLanguage = { t: germanDoor, room: germanRoomDoor, locale: 'de' };

/** The person's confirmed booking of a session, if any. */
export function bookingOf(attendee: Pick<DoorAttendee, 'bookings'> | null, sessionId: string) {
  return attendee?.bookings?.find((b) => b.sessionId === sessionId);
}

/** When and where the person was checked in at this door: the event's check-in, or at a room door the booking's. */
export function doorStamp(attendee: DoorAttendee | null, door: string | null = null) {
  const from = door === null ? attendee : bookingOf(attendee, door);
  return { at: from?.checkedInAt ?? null, device: from?.checkedInDevice ?? null };
}

const clocks = {
  de: new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: EVENT_TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: EVENT_TIME_ZONE }),
} satisfies Record<Locale, Intl.DateTimeFormat>;

/** "Gerät 4F2A" / "Device 4F2A" for a device id like "geraet-4f2a…". */
export function deviceLabel(deviceId: string | null, { t }: DoorLanguage = GERMAN_DOOR): string {
  if (!deviceId) return t.device.unknown;
  if (deviceId === 'server') return t.device.server;
  const tail = deviceId
    .replace(/^geraet-/, '')
    .slice(0, 4)
    .toUpperCase();
  return fill(t.device.named, { id: tail });
}

/** "Dr. Erika Mustermann". */
export function fullName(a: Pick<DoorAttendee, 'title' | 'firstName' | 'lastName'>): string {
  return [a.title, a.firstName, a.lastName].filter(Boolean).join(' ');
}

/** Check-in time as "10:05 Uhr" in German, "10:05" in English. */
export function clockTime(iso: string, locale: Locale = 'de'): string {
  const time = clocks[locale].format(new Date(iso));
  return locale === 'de' ? `${time} Uhr` : time;
}

/** Maps a scan verdict to the text and tone of the door screen. */
export function describeScan(
  kind: ScanKind,
  attendee: DoorAttendee | null,
  language: DoorLanguage = GERMAN_DOOR,
  door: string | null = null,
): ScanDisplay {
  const r = language.t.result;
  const room = (language.room ?? germanRoomDoor).result;
  const person = attendee
    ? { name: fullName(attendee), ...(attendee.organization ? { detail: attendee.organization } : {}) }
    : {};
  switch (kind) {
    case 'checked_in':
      return attendee
        ? { tone: 'success', symbol: '✓', headline: r.checkedIn, ...person }
        : { tone: 'success', symbol: '✓', headline: r.checkedIn, detail: r.checkedInNotListed };
    case 'already_checked_in': {
      const { at, device } = doorStamp(attendee, door);
      const where = at ? fill(r.atDevice, { device: deviceLabel(device, language) }) : '';
      return {
        tone: 'warning',
        symbol: '!',
        headline: at ? fill(r.alreadyCheckedInAt, { time: clockTime(at, language.locale) }) : r.alreadyCheckedIn,
        ...person,
        detail: [attendee?.organization, where].filter(Boolean).join(' · ') || undefined,
      };
    }
    case 'waitlisted':
      return { tone: 'warning', symbol: '!', headline: r.waitlisted, ...person };
    case 'cancelled':
      // A handed-over ticket is refused like a cancelled one, but the staff can tell the holder why at a glance.
      return attendee?.substituted
        ? {
            tone: 'danger',
            symbol: '✕',
            headline: r.substituted,
            name: fullName(attendee),
            detail: r.substitutedDetail,
          }
        : { tone: 'danger', symbol: '✕', headline: r.cancelled, ...person };
    case 'conflict':
      return { tone: 'danger', symbol: '✕', headline: r.conflict, ...person };
    case 'wrong_event':
      return { tone: 'danger', symbol: '✕', headline: r.wrongEvent, detail: r.wrongEventDetail };
    case 'invalid':
      return { tone: 'danger', symbol: '✕', headline: r.invalid, detail: r.invalidDetail };
    case 'not_booked':
      return { tone: 'danger', symbol: '✕', headline: room.notBooked, ...person, detail: room.notBookedDetail };
    case 'online':
      return { tone: 'danger', symbol: '✕', headline: room.online, ...person, detail: room.onlineDetail };
  }
}
