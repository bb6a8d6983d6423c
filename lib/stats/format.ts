import { formatShortDate } from '@/lib/format';

const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });

/** "42,5 %" for 0.425; "–" when there is no whole to relate to. */
export function formatPercent(value: number | null): string {
  return value === null ? '–' : percent.format(value);
}

/** "29.03.2025" for the Berlin calendar day "2025-03-29". */
export function formatDay(day: string): string {
  // Noon UTC is the same calendar day in Berlin all year.
  return formatShortDate(new Date(`${day}T12:00:00Z`));
}

/** "03.04.2025, 9–10 Uhr" for the Berlin hour "2025-04-03T09:00". */
export function formatHour(hour: string): string {
  const h = Number(hour.slice(11, 13));
  return `${formatDay(hour.slice(0, 10))}, ${h}–${h + 1} Uhr`;
}
