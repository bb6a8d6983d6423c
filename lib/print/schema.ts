import { z } from 'zod';
import { parseAttendeeFilters } from '@/lib/attendees/filters';

export const PRINT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];

export const MAX_GRID_COLUMNS = 4;
export const MAX_GRID_ROWS = 10;

export interface BadgeGrid {
  columns: number;
  rows: number;
}

const statusSchema = z
  .enum(PRINT_STATUSES, { error: 'Der Status muss „confirmed“, „waitlisted“ oder „cancelled“ sein.' })
  .default('confirmed');

const gridSchema = z
  .string()
  .regex(/^\d{1,2}x\d{1,2}$/, 'Das Raster muss die Form „SpaltenxZeilen“ haben, z. B. 2x4.')
  .transform((value): BadgeGrid => {
    const [columns, rows] = value.split('x').map(Number) as [number, number];
    return { columns, rows };
  })
  .refine((g) => g.columns >= 1 && g.columns <= MAX_GRID_COLUMNS && g.rows >= 1 && g.rows <= MAX_GRID_ROWS, {
    message: `Das Raster erlaubt 1 bis ${MAX_GRID_COLUMNS} Spalten und 1 bis ${MAX_GRID_ROWS} Zeilen.`,
  })
  .default({ columns: 2, rows: 4 });

const flagSchema = z
  .enum(['0', '1', 'false', 'true'], { error: 'Schnittmarken: bitte 1 oder 0 angeben.' })
  .transform((v) => v === '1' || v === 'true')
  .default(false);

/** Query parameters of both print routes: `q` (as in the attendee list) and `status` (default confirmed). */
export const printFilterSchema = z.object({ status: statusSchema });

/** Query parameters of the badge route: the filter plus `grid=2x4` and `crop=1`. */
export const badgeOptionsSchema = z.object({ status: statusSchema, grid: gridSchema, crop: flagSchema });

export type PrintFilter = { q: string; status: PrintStatus };
export type BadgeOptions = PrintFilter & { grid: BadgeGrid; crop: boolean };

type Parsed<T> = { ok: true; data: T } | { ok: false; message: string };

const first = (params: URLSearchParams, key: string) => params.get(key) || undefined;

function parseQ(params: URLSearchParams): Parsed<string> {
  // Only the name search of the attendee filters applies to print so far (see lib/print/queries.ts).
  const search = parseAttendeeFilters({ q: first(params, 'q') });
  return search.success
    ? { ok: true, data: search.data.q }
    : { ok: false, message: search.error.issues[0]?.message ?? 'Ungültige Suchangaben.' };
}

const issue = (error: z.ZodError) => error.issues[0]?.message ?? 'Ungültige Angaben.';

/** Parses the sign-in sheet's query (`q`, `status`); repeated keys use the first value. */
export function parsePrintFilter(params: URLSearchParams): Parsed<PrintFilter> {
  const q = parseQ(params);
  if (!q.ok) return q;
  const parsed = printFilterSchema.safeParse({ status: first(params, 'status') });
  return parsed.success
    ? { ok: true, data: { q: q.data, ...parsed.data } }
    : { ok: false, message: issue(parsed.error) };
}

/** Parses the badge route's query (`q`, `status`, `grid`, `crop`). */
export function parseBadgeOptions(params: URLSearchParams): Parsed<BadgeOptions> {
  const q = parseQ(params);
  if (!q.ok) return q;
  const parsed = badgeOptionsSchema.safeParse({
    status: first(params, 'status'),
    grid: first(params, 'grid'),
    crop: first(params, 'crop'),
  });
  return parsed.success
    ? { ok: true, data: { q: q.data, ...parsed.data } }
    : { ok: false, message: issue(parsed.error) };
}
