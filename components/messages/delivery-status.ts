import type { BadgeTone } from '@/components/events/registration-status';
import type { MailKind, MailStatus } from '@/lib/generated/prisma/client';
import { formatNumber } from '@/lib/format';

/** Delivery states in the order totals are listed. */
export const MAIL_STATUSES = [
  'sent',
  'queued',
  'retrying',
  'failed',
  'skipped',
] as const satisfies readonly MailStatus[];

/** German label and badge tone of each delivery state. */
export const STATUS_DISPLAY: Record<MailStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'in Warteschlange', tone: 'neutral' },
  retrying: { label: 'wird erneut versucht', tone: 'warning' },
  sent: { label: 'versendet', tone: 'success' },
  failed: { label: 'fehlgeschlagen', tone: 'danger' },
  skipped: { label: 'übersprungen', tone: 'neutral' },
};

/** Badge tone of each delivery state (the labels are in the dictionaries, dashboard.mails). */
export const STATUS_TONES: Record<MailStatus, BadgeTone> = {
  queued: 'neutral',
  retrying: 'warning',
  sent: 'success',
  failed: 'danger',
  skipped: 'neutral',
};

/** German names of the outbox's mail kinds. */
export const KIND_LABELS: Record<MailKind, string> = {
  confirmation: 'Anmeldebestätigung',
  waitlist: 'Warteliste',
  promotion: 'Nachrücken',
  cancellation: 'Stornierung',
  reminder: 'Erinnerung',
  newsletter: 'Newsletter-Bestätigung',
  message: 'Nachricht',
  invitation: 'Einladung',
};

/** "3 versendet, 1 in Warteschlange": the non-zero states; "–" when there are none. */
export function deliverySummary(counts: Record<MailStatus, number>): string {
  const parts = MAIL_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${formatNumber(counts[s])} ${STATUS_DISPLAY[s].label}`,
  );
  return parts.length ? parts.join(', ') : '–';
}

/** True while some mail may still change state, i.e. the page is worth refreshing. */
export function isInFlight(counts: Record<MailStatus, number>): boolean {
  return counts.queued + counts.retrying > 0;
}

/** "1 Person" / "12 Personen". */
export function persons(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'Person' : 'Personen'}`;
}
