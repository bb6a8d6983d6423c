import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

export interface DecisionCounts {
  confirmed: number;
  waitlisted: number;
  rejected: number;
  skipped: number;
}

/** "12 bestätigt, 3 auf die Warteliste, 1 bereits entschieden": the non-zero parts of a decision's outcome. */
export function decisionSummary(counts: DecisionCounts, t: Dictionary['approval']['list']): string {
  const parts: [number, string][] = [
    [counts.confirmed, t.resultConfirmed],
    [counts.waitlisted, t.resultWaitlisted],
    [counts.rejected, t.resultRejected],
    [counts.skipped, t.resultSkipped],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, text]) => fill(text, { n }))
    .join(', ');
}
