import { z } from 'zod';

export const ATTENDEE_PAGE_SIZE = 50;
export const SEARCH_MAX_LENGTH = 200;

/** Search parameters of the attendee list and the CSV export (`?q=…&page=…`). */
export const attendeeSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(SEARCH_MAX_LENGTH, `Der Suchbegriff darf höchstens ${SEARCH_MAX_LENGTH} Zeichen lang sein.`)
    .default(''),
  page: z.coerce
    .number({ error: 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.' })
    .int('Die Seitenzahl muss eine ganze Zahl ab 1 sein.')
    .min(1, 'Die Seitenzahl muss eine ganze Zahl ab 1 sein.')
    .default(1),
});

export type AttendeeSearch = z.output<typeof attendeeSearchSchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Parses `q` and `page` from a page's searchParams or a URL; repeated keys use the first value, empty ones the default. */
export function parseAttendeeSearch(params: RawParams) {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === null || first === '' ? undefined : first;
  };
  return attendeeSearchSchema.safeParse({ q: get('q'), page: get('page') });
}
