import type { Locale } from '@/lib/i18n/config';

// All event times are shown in the venue's time zone, whatever the server's zone is.
export const EVENT_TIME_ZONE = 'Europe/Berlin';

const localeTag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'de-DE');
// Intl gives "9:00" in both languages; German convention adds "Uhr" after a time or a time range.
const clock = (time: string, locale: Locale) => (locale === 'de' ? `${time} Uhr` : time);

/** "Donnerstag, 3. April 2025, 9:00 Uhr" (or the English equivalent). */
export function formatDateTime(date: Date, locale: Locale = 'de'): string {
  return `${formatDate(date, locale)}, ${formatClockTime(date, locale)}`;
}

/** "Donnerstag, 3. April 2025". */
export function formatDate(date: Date, locale: Locale = 'de'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  }).format(date);
}

/** "2. April 2026" / "2 April 2026": the day without weekday, e.g. for mail subjects. */
export function formatDayMonthYear(date: Date, locale: Locale = 'de'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: EVENT_TIME_ZONE,
  }).format(date);
}

/** "3.4.2025" / "3/4/2025": a compact date for tables. */
export function formatShortDate(date: Date, locale: Locale = 'de'): string {
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeZone: EVENT_TIME_ZONE }).format(date);
}

/** "9:00" in the event's time zone. */
export function formatTime(date: Date, locale: Locale = 'de'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: EVENT_TIME_ZONE,
  }).format(date);
}

/** "9:00 Uhr" / "9:00": a time of day standing on its own. */
export function formatClockTime(date: Date, locale: Locale = 'de'): string {
  return clock(formatTime(date, locale), locale);
}

/** "9:00–17:00 Uhr"; only the start time when there is no end. */
export function formatTimeRange(start: Date, end: Date | null, locale: Locale = 'de'): string {
  const from = formatTime(start, locale);
  return clock(end ? `${from}–${formatTime(end, locale)}` : from, locale);
}

/** Integer with German grouping: 1.500. */
export function formatNumber(value: number, locale: Locale = 'de'): string {
  return new Intl.NumberFormat(localeTag(locale)).format(value);
}

/** The instant at which the venue's wall clock shows the given local date and time. */
export function zonedDateTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: EVENT_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess));
}
