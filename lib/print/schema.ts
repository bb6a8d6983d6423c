import { z } from 'zod';
import { attendeeFilterSchema } from '@/lib/attendees/filters';

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

// Query values arrive as text; an empty one (`?status=`) means the default, as in the attendee filters.
const orDefault = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const sessionSchema = z
  .string()
  .max(200, 'Unbekannter Workshop.')
  .regex(/^[\w-]+$/, 'Unbekannter Workshop.')
  .optional();

/**
 * Query of the sign-in sheet: `q` (the attendee list's name search), `status` (default confirmed) and `session`
 * (a bookable session's id: only the people with a confirmed booking for it).
 */
export const printFilterSchema = z.object({
  q: orDefault(attendeeFilterSchema.shape.q),
  status: orDefault(statusSchema),
  session: orDefault(sessionSchema),
});

/** Query of the badges: the filter plus `grid=2x4` and `crop=1`. */
export const badgeOptionsSchema = printFilterSchema.extend({
  grid: orDefault(gridSchema),
  crop: orDefault(flagSchema),
});

export type PrintFilter = z.output<typeof printFilterSchema>;
export type BadgeOptions = z.output<typeof badgeOptionsSchema>;
