import type { BadgeTone } from '@/components/events/registration-status';
import type { MailStatus } from '@/lib/generated/prisma/client';
import { formatNumber } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Delivery states in the order totals are listed. */
export const MAIL_STATUSES = [
  'sent',
  'queued',
  'retrying',
  'failed',
  'skipped',
] as const satisfies readonly MailStatus[];

/** Badge tone of each delivery state (the labels are in the dictionaries, dashboard.mails). */
export const STATUS_TONES: Record<MailStatus, BadgeTone> = {
  queued: 'neutral',
  retrying: 'warning',
  sent: 'success',
  failed: 'danger',
  skipped: 'neutral',
};

/** "3 sent, 1 queued" in the reader's language: the non-zero states; "–" when there are none. */
export function deliverySummaryIn(
  counts: Record<MailStatus, number>,
  t: Dictionary['dashboard']['mails'],
  locale: Locale,
): string {
  const parts = MAIL_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${formatNumber(counts[s], locale)} ${t[`status.${s}`]}`,
  );
  return parts.length ? parts.join(', ') : '–';
}

/** "1 person" / "12 people" in the reader's language. */
export function personsIn(n: number, t: Dictionary['dashboard']['messages'], locale: Locale): string {
  return n === 1 ? t.onePerson : fill(t.persons, { n: formatNumber(n, locale) });
}

/** True while some mail may still change state, i.e. the page is worth refreshing. */
export function isInFlight(counts: Record<MailStatus, number>): boolean {
  return counts.queued + counts.retrying > 0;
}
