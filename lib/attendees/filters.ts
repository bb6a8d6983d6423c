import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ErrorKey } from '@/lib/i18n/errors';
import { SECTORS, STATES } from '@/lib/registrations/schema';
import { foldSearchText } from '@/lib/search/fold';
import { escapeLike, searchTerms } from '@/lib/search/name-search';

/*
 * The attendee filters as a query string, shared by the table, the exports and the PDFs. Keep it stable:
 * links and saved bookmarks depend on it. Every key is optional; empty values count as absent.
 *
 *   q=<text>                 every whitespace-separated term must match first/last name, organisation or e-mail
 *                            (max 200 characters, 10 terms; umlauts/ß/accents/case folded; % and _ literal)
 *   status=confirmed|waitlisted|cancelled|pending|rejected   (pending = "Zur Prüfung")
 *   sector=<Bereich>         one of SECTORS (lib/registrations/schema.ts)
 *   state=<Bundesland>       one of STATES
 *   checkedIn=yes|no
 *   guestType=attendee|guest|speaker|walk_in
 *   mode=onsite|online       attendance mode (hybrid and online events)
 *   a.<questionId>=<value>   answer to a choice question: an option value (single or multiple choice) or
 *                            true|false (checkbox; unanswered counts as false); repeat for several questions
 *   sort=name|organization|registered|status   (default name)
 *   dir=asc|desc             (default asc)
 *   page=<n>                 table page, from 1 (ignored by exports)
 */

export const ATTENDEE_STATUSES = ['confirmed', 'waitlisted', 'pending', 'rejected', 'cancelled'] as const;
export const GUEST_TYPES = ['attendee', 'guest', 'speaker', 'walk_in'] as const;
export const ATTENDANCE_MODES = ['onsite', 'online'] as const;
export const ATTENDEE_SORTS = ['name', 'organization', 'registered', 'status'] as const;
export const SEARCH_MAX_LENGTH = 200;
const MAX_ANSWER_FILTERS = 20;
const ANSWER_PREFIX = 'a.';

// Messages are error keys (lib/i18n/{de,en}/errors.ts), turned into text in the reader's language at the edge.
const key = (k: ErrorKey) => k;

const pageNumber = z.coerce
  .number({ error: key('filterPage') })
  .int(key('filterPage'))
  .min(1, key('filterPage'))
  .max(1_000_000, key('filterPageTooLarge'));

/** The one schema of the attendee filters (see the query-string format above). */
export const attendeeFilterSchema = z.object({
  q: z.string().trim().max(SEARCH_MAX_LENGTH, key('filterSearchTooLong')).default(''),
  status: z.enum(ATTENDEE_STATUSES, { error: key('filterStatus') }).optional(),
  sector: z.enum(SECTORS, { error: key('filterSector') }).optional(),
  state: z.enum(STATES, { error: key('filterState') }).optional(),
  checkedIn: z.enum(['yes', 'no'], { error: key('filterCheckedIn') }).optional(),
  guestType: z.enum(GUEST_TYPES, { error: key('filterGuestType') }).optional(),
  mode: z.enum(ATTENDANCE_MODES, { error: key('filterMode') }).optional(),
  answers: z
    .record(z.string().regex(/^[\w-]{1,100}$/, key('filterQuestion')), z.string().min(1).max(100, key('filterAnswer')))
    .refine((a) => Object.keys(a).length <= MAX_ANSWER_FILTERS, key('filterAnswerCount'))
    .prefault({}),
  sort: z.enum(ATTENDEE_SORTS, { error: key('filterSort') }).default('name'),
  dir: z.enum(['asc', 'desc'], { error: key('filterDir') }).default('asc'),
  page: pageNumber.default(1),
});

export type AttendeeFilters = z.output<typeof attendeeFilterSchema>;
export const DEFAULT_ATTENDEE_FILTERS: AttendeeFilters = attendeeFilterSchema.parse({});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Parses the filters from a page's searchParams or a URL; repeated keys use the first value, empty ones the default. */
export function parseAttendeeFilters(params: RawParams) {
  const entries: [string, string | undefined][] =
    params instanceof URLSearchParams
      ? [...new Set(params.keys())].map((k) => [k, params.get(k) ?? undefined])
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]);
  const raw: Record<string, unknown> = {};
  const answers: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === '') continue;
    if (key.startsWith(ANSWER_PREFIX)) answers[key.slice(ANSWER_PREFIX.length)] = value;
    else raw[key] = value;
  }
  return attendeeFilterSchema.safeParse({ ...raw, answers });
}

/** The filters as a query string (defaults and, unless asked, the page left out), for links and export URLs. */
export function attendeeFilterQuery(filters: Partial<AttendeeFilters>, options: { page?: boolean } = {}): string {
  const p = new URLSearchParams();
  const set = (k: string, v: string | undefined, dflt?: string) => v && v !== dflt && p.set(k, v);
  set('q', filters.q);
  set('status', filters.status);
  set('sector', filters.sector);
  set('state', filters.state);
  set('checkedIn', filters.checkedIn);
  set('guestType', filters.guestType);
  set('mode', filters.mode);
  for (const [id, v] of Object.entries(filters.answers ?? {})) p.set(`${ANSWER_PREFIX}${id}`, v);
  set('sort', filters.sort, 'name');
  set('dir', filters.dir, 'asc');
  if (options.page && filters.page && filters.page > 1) p.set('page', String(filters.page));
  return p.toString();
}

function answerCondition(questionId: string, value: string): Prisma.Sql {
  const answer = Prisma.sql`r.answers -> ${questionId}::text`;
  // A choice answer is a string (single) or an array of strings (multiple); a checkbox is a boolean.
  const choice = Prisma.sql`(${answer} = to_jsonb(${value}::text) OR ${answer} @> jsonb_build_array(${value}::text))`;
  if (value !== 'true' && value !== 'false') return choice;
  return Prisma.sql`(${choice} OR coalesce(${answer}, 'false'::jsonb) = ${value}::jsonb)`;
}

/**
 * The WHERE condition of the filtered attendees of one event, for `FROM "Registration" r`. Every value is a bound
 * parameter; search terms are folded and LIKE-escaped, so they use the trigram indexes and match literally.
 */
export function attendeeWhere(eventId: string, filters: Partial<AttendeeFilters>): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r."eventId" = ${eventId}`];
  for (const term of searchTerms(filters.q ?? '')) {
    const folded = `%${escapeLike(foldSearchText(term))}%`;
    const email = `%${escapeLike(term.toLowerCase())}%`;
    parts.push(Prisma.sql`(r."searchText" LIKE ${folded} OR r.email LIKE ${email})`);
  }
  if (filters.status) parts.push(Prisma.sql`r.status = ${filters.status}::"RegistrationStatus"`);
  if (filters.sector) parts.push(Prisma.sql`r.sector = ${filters.sector}`);
  if (filters.state) parts.push(Prisma.sql`r.state = ${filters.state}`);
  if (filters.checkedIn === 'yes') parts.push(Prisma.sql`r."checkedInAt" IS NOT NULL`);
  if (filters.checkedIn === 'no') parts.push(Prisma.sql`r."checkedInAt" IS NULL`);
  if (filters.guestType) parts.push(Prisma.sql`r."guestType" = ${filters.guestType}::"GuestType"`);
  if (filters.mode) parts.push(Prisma.sql`r.mode = ${filters.mode}::"AttendanceMode"`);
  for (const [id, value] of Object.entries(filters.answers ?? {})) parts.push(answerCondition(id, value));
  return Prisma.join(parts, ' AND ');
}

const SORT_COLUMNS: Record<AttendeeFilters['sort'], string[]> = {
  name: ['"lastName"', '"firstName"', 'id'],
  organization: ['organization', 'id'],
  registered: ['"createdAt"', 'id'],
  status: ['status', '"lastName"', '"firstName"', 'id'],
};

/**
 * ORDER BY for the chosen sort; each order has a matching (eventId, …, id) index, so a page is an index range.
 * Names and organisations sort in German (ICU "german" collation on the columns, so no COLLATE here: an explicit
 * one would have to match the indexes' collation anyway).
 */
export function attendeeOrderBy(filters: Pick<AttendeeFilters, 'sort' | 'dir'>): Prisma.Sql {
  const dir = filters.dir === 'desc' ? ' DESC' : '';
  return Prisma.raw(SORT_COLUMNS[filters.sort].map((c) => `r.${c}${dir}`).join(', '));
}
