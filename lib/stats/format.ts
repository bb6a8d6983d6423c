import { formatShortDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';

const PERCENT: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
};

/** "42,5 %" / "42.5%" for 0.425; "–" when there is no whole to relate to. */
export function formatPercent(value: number | null, locale: Locale = 'de'): string {
  return value === null ? '–' : PERCENT[locale].format(value);
}

/** "29.03.2025" for the Berlin calendar day "2025-03-29". */
export function formatDay(day: string, locale: Locale = 'de'): string {
  // Noon UTC is the same calendar day in Berlin all year.
  return formatShortDate(new Date(`${day}T12:00:00Z`), locale);
}

/** "03.04.2025, 9–10 Uhr" / "3 Apr 2025, 9–10 h" for the Berlin hour "2025-04-03T09:00". */
export function formatHour(hour: string, locale: Locale = 'de'): string {
  const h = Number(hour.slice(11, 13));
  return `${formatDay(hour.slice(0, 10), locale)}, ${h}–${h + 1}${locale === 'de' ? ' Uhr' : ' h'}`;
}
