import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDateTime,
  formatDayMonthYear,
  formatNumber,
  formatTimeRange,
  zonedDateTime,
} from './format';

describe('German formatting', () => {
  it('formats the conference start as the issue spells it', () => {
    // 9:00 in Leipzig on 3 April 2025 is 07:00 UTC (summer time).
    expect(formatDateTime(new Date('2025-04-03T07:00:00Z'))).toBe('Donnerstag, 3. April 2025, 9:00 Uhr');
  });

  it('uses the venue time zone in winter too', () => {
    expect(formatDateTime(new Date('2026-01-15T08:30:00Z'))).toBe('Donnerstag, 15. Januar 2026, 9:30 Uhr');
  });

  it('formats English dates without "Uhr"', () => {
    expect(formatDateTime(new Date('2025-04-03T07:00:00Z'), 'en')).toBe('Thursday, 3 April 2025, 9:00');
  });

  it('formats ranges and numbers', () => {
    expect(formatTimeRange(new Date('2025-04-03T07:00:00Z'), new Date('2025-04-03T08:15:00Z'))).toBe('9:00–10:15 Uhr');
    expect(formatNumber(1500)).toBe('1.500');
  });

  it('adds "Uhr" to a time or a range in German only', () => {
    const nine = new Date('2025-04-03T07:00:00Z');
    expect(formatClockTime(nine)).toBe('9:00 Uhr');
    expect(formatClockTime(nine, 'en')).toBe('9:00');
    expect(formatTimeRange(nine, null)).toBe('9:00 Uhr');
    expect(formatTimeRange(nine, new Date('2025-04-03T15:00:00Z'), 'en')).toBe('9:00–17:00');
  });

  it('names the day without weekday for subjects', () => {
    expect(formatDayMonthYear(new Date('2026-04-02T07:00:00Z'))).toBe('2. April 2026');
    expect(formatDayMonthYear(new Date('2026-04-02T07:00:00Z'), 'en')).toBe('2 April 2026');
  });
});

describe('zonedDateTime', () => {
  it('converts Leipzig wall-clock time to UTC in summer and winter', () => {
    expect(zonedDateTime(2025, 4, 3, 9, 0).toISOString()).toBe('2025-04-03T07:00:00.000Z');
    expect(zonedDateTime(2026, 1, 15, 9, 30).toISOString()).toBe('2026-01-15T08:30:00.000Z');
  });
});
