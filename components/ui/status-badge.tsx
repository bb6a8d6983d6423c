import type { BadgeTone } from '@/components/events/registration-status';

const TONE_CLASS: Record<BadgeTone, string> = {
  success: 'badge badge-success',
  warning: 'badge badge-warning',
  danger: 'badge badge-danger',
  neutral: 'badge badge-neutral',
};

/** A pill-shaped label; the colour only repeats what the text says. */
export function StatusBadge({ label, tone = 'neutral' }: { label: string; tone?: BadgeTone }) {
  return <span className={TONE_CLASS[tone]}>{label}</span>;
}
