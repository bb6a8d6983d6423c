import { EVENT_TIME_ZONE } from '@/lib/format';

/** A UTC instant as the venue's wall-clock "YYYY-MM-DDTHH:MM" for a datetime-local input; '' for null. */
export function toBerlinInput(date: Date | null | undefined): string {
  if (!date) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: EVENT_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
