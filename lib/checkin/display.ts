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

const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: EVENT_TIME_ZONE });

/** "Gerät 4F2A" for a device id like "geraet-4f2a…". */
export function deviceLabel(deviceId: string | null): string {
  if (!deviceId) return 'unbekanntes Gerät';
  if (deviceId === 'server') return 'Server';
  const tail = deviceId
    .replace(/^geraet-/, '')
    .slice(0, 4)
    .toUpperCase();
  return `Gerät ${tail}`;
}

/** "Dr. Erika Mustermann". */
export function fullName(a: Pick<DoorAttendee, 'title' | 'firstName' | 'lastName'>): string {
  return [a.title, a.firstName, a.lastName].filter(Boolean).join(' ');
}

/** Check-in time as "10:05". */
export function clockTime(iso: string): string {
  return clock.format(new Date(iso));
}

/** Maps a scan verdict to the German text and tone of the door screen. */
export function describeScan(kind: ScanKind, attendee: DoorAttendee | null): ScanDisplay {
  const person = attendee
    ? { name: fullName(attendee), ...(attendee.organization ? { detail: attendee.organization } : {}) }
    : {};
  switch (kind) {
    case 'checked_in':
      return attendee
        ? { tone: 'success', symbol: '✓', headline: 'Eingecheckt', ...person }
        : {
            tone: 'success',
            symbol: '✓',
            headline: 'Eingecheckt',
            detail: 'Gültiges Ticket; die Person ist noch nicht in der Liste dieses Geräts.',
          };
    case 'already_checked_in': {
      const at = attendee?.checkedInAt ? ` um ${clockTime(attendee.checkedInAt)} Uhr` : '';
      const where = attendee?.checkedInAt ? `${deviceLabel(attendee.checkedInDevice)}` : '';
      return {
        tone: 'warning',
        symbol: '!',
        headline: `Bereits eingecheckt${at}`,
        ...person,
        detail: [attendee?.organization, where && `an ${where}`].filter(Boolean).join(' · ') || undefined,
      };
    }
    case 'waitlisted':
      return { tone: 'warning', symbol: '!', headline: 'Warteliste – nicht bestätigt, kein Einlass', ...person };
    case 'cancelled':
      return { tone: 'danger', symbol: '✕', headline: 'Storniert – kein Einlass', ...person };
    case 'conflict':
      return { tone: 'danger', symbol: '✕', headline: 'Konflikt – bitte Einlassleitung rufen', ...person };
    case 'wrong_event':
      return {
        tone: 'danger',
        symbol: '✕',
        headline: 'Ticket für eine andere Veranstaltung',
        detail: 'Dieses Ticket gilt nicht für diese Veranstaltung.',
      };
    case 'invalid':
      return {
        tone: 'danger',
        symbol: '✕',
        headline: 'Ungültig',
        detail: 'Unbekannter oder veränderter Code. Bitte nach dem Namen suchen.',
      };
  }
}
