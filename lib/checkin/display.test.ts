import { describe, expect, it } from 'vitest';
import { door as englishDoor } from '@/lib/i18n/en/door';
import { describeScan } from './display';
import type { DoorAttendee, ScanKind } from './types';

const attendee: DoorAttendee = {
  id: 'r1',
  title: 'Dr.',
  firstName: 'Erika',
  lastName: 'Mustermann',
  organization: 'Stadt Leipzig',
  status: 'confirmed',
  guestType: 'attendee',
  checkedInAt: '2025-04-03T08:05:00Z',
  checkedInDevice: 'geraet-4f2a9c1b',
  ticketHash: 'x',
};

describe('describeScan', () => {
  it('shows green with name and organisation', () => {
    expect(describeScan('checked_in', attendee)).toEqual({
      tone: 'success',
      symbol: '✓',
      headline: 'Eingecheckt',
      name: 'Dr. Erika Mustermann',
      detail: 'Stadt Leipzig',
    });
  });

  it('gives the earlier time in Berlin time and the device', () => {
    const d = describeScan('already_checked_in', attendee);
    expect(d).toMatchObject({ tone: 'warning', headline: 'Bereits eingecheckt um 10:05 Uhr' });
    expect(d.detail).toContain('Gerät 4F2A');
  });

  it('shows forged or unknown codes as red "Ungültig" without a name', () => {
    expect(describeScan('invalid', null)).toMatchObject({ tone: 'danger', headline: 'Ungültig' });
  });

  it("never names the person on another event's ticket, and never relies on colour alone", () => {
    expect(JSON.stringify(describeScan('wrong_event', attendee))).not.toContain('Mustermann');
    const kinds: ScanKind[] = [
      'checked_in',
      'already_checked_in',
      'cancelled',
      'waitlisted',
      'wrong_event',
      'invalid',
      'conflict',
    ];
    for (const kind of kinds) {
      const d = describeScan(kind, attendee);
      expect(d.headline.length).toBeGreaterThan(0);
      expect({ success: '✓', warning: '!', danger: '✕' }[d.tone]).toBe(d.symbol);
    }
  });

  it('speaks English with the English texts: no German word, no "Uhr"', () => {
    const en = { t: englishDoor, locale: 'en' as const };
    const d = describeScan('already_checked_in', attendee, en);
    expect(d).toMatchObject({ tone: 'warning', headline: 'Already checked in at 10:05' });
    expect(d.detail).toBe('Stadt Leipzig · on Device 4F2A');
    expect(describeScan('invalid', null, en).detail).toBe('Unknown or altered code. Please search by name.');
    expect(JSON.stringify(describeScan('cancelled', attendee, en))).not.toMatch(/Uhr|Gerät|Storniert|Einlass/);
  });
});
