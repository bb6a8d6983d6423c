import { describe, expect, it } from 'vitest';
import { describeCheckinResult, type CheckinAttendee } from './service';

const attendee: CheckinAttendee = {
  id: 'r1',
  firstName: 'Erika',
  lastName: 'Mustermann',
  title: 'Dr.',
  organization: 'Stadt Leipzig',
  // 08:05 UTC on 3 April 2025 is 10:05 in Leipzig (summer time).
  checkedInAt: new Date('2025-04-03T08:05:00Z'),
};

describe('describeCheckinResult', () => {
  it('shows a green "Eingecheckt" with name and organisation', () => {
    expect(describeCheckinResult({ kind: 'checked_in', attendee })).toEqual({
      tone: 'success', symbol: '✓', headline: 'Eingecheckt', name: 'Dr. Erika Mustermann', detail: 'Stadt Leipzig',
    });
  });

  it('gives the earlier check-in time in Berlin time with two-digit hours', () => {
    const d = describeCheckinResult({ kind: 'already_checked_in', attendee });
    expect(d.tone).toBe('warning');
    expect(d.headline).toBe('Bereits eingecheckt um 10:05 Uhr');
    expect(d.name).toBe('Dr. Erika Mustermann');
  });

  it('uses winter time outside daylight saving', () => {
    const d = describeCheckinResult({ kind: 'already_checked_in', attendee: { ...attendee, checkedInAt: new Date('2025-01-15T07:30:00Z') } });
    expect(d.headline).toBe('Bereits eingecheckt um 08:30 Uhr');
  });

  it('marks cancelled registrations red and waitlisted ones amber', () => {
    expect(describeCheckinResult({ kind: 'cancelled', attendee })).toMatchObject({ tone: 'danger', symbol: '✕', headline: 'Storniert – kein Einlass' });
    expect(describeCheckinResult({ kind: 'waitlisted', attendee })).toMatchObject({
      tone: 'warning', symbol: '!', headline: 'Auf der Warteliste – nicht bestätigt',
    });
  });

  it('leaves out missing title and organisation', () => {
    const d = describeCheckinResult({ kind: 'checked_in', attendee: { ...attendee, title: null, organization: null } });
    expect(d.name).toBe('Erika Mustermann');
    expect(d).not.toHaveProperty('detail');
  });

  it('reports an unknown code in red without a name', () => {
    const d = describeCheckinResult({ kind: 'unknown_code' });
    expect(d).toMatchObject({ tone: 'danger', headline: 'Unbekannter Code' });
    expect(d.name).toBeUndefined();
  });

  it('names the other event but never the other attendee', () => {
    const d = describeCheckinResult({ kind: 'wrong_event', otherEventTitle: 'Beispielveranstaltung', attendee });
    expect(d).toMatchObject({ tone: 'danger', headline: 'Ticket für eine andere Veranstaltung' });
    expect(d.detail).toContain('Beispielveranstaltung');
    expect(JSON.stringify(d)).not.toContain('Mustermann');
  });

  it('never relies on colour alone: every result has a symbol and a headline', () => {
    const kinds = ['checked_in', 'already_checked_in', 'cancelled', 'waitlisted', 'unknown_code', 'wrong_event'] as const;
    const symbols = new Set<string>();
    for (const kind of kinds) {
      const d = describeCheckinResult({ kind, attendee });
      expect(d.headline.length).toBeGreaterThan(0);
      symbols.add(`${d.tone}:${d.symbol}`);
    }
    expect(symbols).toEqual(new Set(['success:✓', 'warning:!', 'danger:✕']));
  });
});
