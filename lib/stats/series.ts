export interface DayCount {
  /** Calendar day in Europe/Berlin, "YYYY-MM-DD". */
  day: string;
  count: number;
  cumulative: number;
}

const addDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Daily counts from the first to the last day with data, days without registrations filled in, with running totals. */
export function fillDays(counts: ReadonlyMap<string, number>): DayCount[] {
  const days = [...counts.keys()].sort();
  if (days.length === 0) return [];
  const out: DayCount[] = [];
  let cumulative = 0;
  for (let day = days[0]!; day <= days[days.length - 1]!; day = addDay(day)) {
    const count = counts.get(day) ?? 0;
    cumulative += count;
    out.push({ day, count, cumulative });
  }
  return out;
}

/** A share as a fraction of a whole, or null when the whole is zero. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
