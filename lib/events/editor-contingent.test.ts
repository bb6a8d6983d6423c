import { describe, expect, it } from 'vitest';
import { decisionSummary } from '@/components/dashboard/decision-summary';
import { approval } from '@/lib/i18n/de/approval';
import { contingentReleased, contingentSummary } from './editor-contingent';

const now = new Date('2026-03-01T10:00:00Z');
const facts = { capacity: 100, confirmedCount: 40, reservedSeats: 10, reservedTaken: 3 };

describe('the contingent as organizers read it', () => {
  it('says what is held, what invitees took, and when it releases itself', () => {
    const held = contingentSummary(
      { ...facts, reservedReleaseAt: new Date('2026-03-12T08:30:00Z'), reservedReleasedAt: null },
      approval.settings,
      'de',
      now,
    );
    expect(held.held).toBe(7);
    expect(held.line).toBe(
      'Zurückgehalten: 7 von 10 Plätzen; durch Eingeladene belegt: 3. Automatische Freigabe am Donnerstag, 12. März 2026, 9:30 Uhr.',
    );
  });

  it('counts a passed release time as released, before the job has run', () => {
    const due = { ...facts, reservedReleaseAt: new Date('2026-02-28T10:00:00Z'), reservedReleasedAt: null };
    expect(contingentReleased(due, now)).toBe(true);
    const summary = contingentSummary(due, approval.settings, 'de', now);
    expect(summary).toEqual({
      held: 0,
      line: 'Kontingent freigegeben am Samstag, 28. Februar 2026, 11:00 Uhr. Durch Eingeladene belegt: 3.',
    });
    expect(
      contingentSummary(
        { ...facts, reservedSeats: 0, reservedTaken: 0, reservedReleaseAt: null, reservedReleasedAt: null },
        approval.settings,
        'de',
        now,
      ).line,
    ).toBe('Derzeit wird kein Platz zurückgehalten.');
  });

  it('sums up a decision without the parts that are zero', () => {
    expect(decisionSummary({ confirmed: 12, waitlisted: 3, rejected: 0, skipped: 1 }, approval.list)).toBe(
      '12 bestätigt, 3 auf die Warteliste, 1 bereits entschieden',
    );
    expect(decisionSummary({ confirmed: 0, waitlisted: 0, rejected: 2, skipped: 0 }, approval.list)).toBe(
      '2 abgelehnt',
    );
  });
});
