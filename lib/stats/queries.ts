import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { EVENT_TIME_ZONE } from '@/lib/format';
import { db } from '@/lib/server/db';
import { modeCounts, type SessionFill, sessionFills } from '@/lib/sessions/list-sql';
import { fillDays, ratio, type DayCount } from './series';

export interface CategoryCount {
  /** The stored value; null for "keine Angabe". */
  key: string | null;
  count: number;
}

export interface HourCount {
  /** Start of the hour in Europe/Berlin, "YYYY-MM-DDTHH:00". */
  hour: string;
  count: number;
}

export interface EventStats {
  counts: { confirmed: number; waitlisted: number; cancelled: number; total: number };
  /** Confirmed registrations that are checked in. */
  checkedIn: number;
  /** checkedIn / confirmed; null without confirmed registrations. */
  checkInRate: number | null;
  /** Confirmed but never checked in; null until the event has ended. */
  noShows: number | null;
  /** Confirmed registrations by Bereich and Bundesland. */
  bySector: CategoryCount[];
  byState: CategoryCount[];
  /** All registrations (whatever their status now) by the day they came in. */
  registrationsByDay: DayCount[];
  /** Check-ins of confirmed registrations by hour. */
  arrivalsByHour: HourCount[];
  /** Registrations per attendance mode (modes without any left out), on site first. */
  byMode: ModeStats[];
  /** The bookable sessions' fill, in time order. */
  sessions: SessionFill[];
}

export interface ModeStats {
  mode: 'onsite' | 'online';
  confirmed: number;
  waitlisted: number;
  cancelled: number;
}

type StatusKey = 'confirmed' | 'waitlisted' | 'cancelled';

/** The event shown on the statistics page, or null for an unknown slug. */
export async function getStatsEvent(slug: string) {
  await requireOrganizer();
  return db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      attendanceFormat: true,
    },
  });
}

/** The statistics of one event (organizers only). */
export async function getEventStats(event: { id: string; endsAt: Date }, now = new Date()): Promise<EventStats> {
  await requireOrganizer();
  return aggregateEventStats(event, now);
}

/** The aggregation behind getEventStats, without the guard (tests; callers must have authorised). */
export async function aggregateEventStats(event: { id: string; endsAt: Date }, now: Date): Promise<EventStats> {
  // Timestamps are stored as UTC without a zone; shift them to the venue's wall clock before truncating.
  const local = (column: string) => `(("${column}" AT TIME ZONE 'UTC') AT TIME ZONE '${EVENT_TIME_ZONE}')`;
  const [groups, series, modes, sessions] = await Promise.all([
    db.$queryRawUnsafe<{ dim: string; key: string | null; n: number; checked_in: number }[]>(
      `SELECT 'status' AS dim, status::text AS key, count(*)::int AS n,
              (count(*) FILTER (WHERE "checkedInAt" IS NOT NULL))::int AS checked_in
         FROM "Registration" WHERE "eventId" = $1 GROUP BY status
       UNION ALL
       SELECT 'sector', sector, count(*)::int, 0 FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed' GROUP BY sector
       UNION ALL
       SELECT 'state', state, count(*)::int, 0 FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed' GROUP BY state`,
      event.id,
    ),
    db.$queryRawUnsafe<{ series: string; bucket: string; n: number }[]>(
      `SELECT 'registered' AS series, to_char(date_trunc('day', ${local('createdAt')}), 'YYYY-MM-DD') AS bucket, count(*)::int AS n
         FROM "Registration" WHERE "eventId" = $1 GROUP BY 2
       UNION ALL
       SELECT 'arrived', to_char(date_trunc('hour', ${local('checkedInAt')}), 'YYYY-MM-DD"T"HH24:00'), count(*)::int
         FROM "Registration" WHERE "eventId" = $1 AND status = 'confirmed' AND "checkedInAt" IS NOT NULL GROUP BY 2
       ORDER BY 1, 2`,
      event.id,
    ),
    modeCounts(event.id),
    sessionFills(event.id),
  ]);

  const counts = { confirmed: 0, waitlisted: 0, cancelled: 0, total: 0 };
  let checkedIn = 0;
  const bySector: CategoryCount[] = [];
  const byState: CategoryCount[] = [];
  for (const g of groups) {
    if (g.dim === 'status') {
      counts[g.key as StatusKey] = g.n;
      counts.total += g.n;
      if (g.key === 'confirmed') checkedIn = g.checked_in;
    } else (g.dim === 'sector' ? bySector : byState).push({ key: g.key, count: g.n });
  }
  const byCount = (a: CategoryCount, b: CategoryCount) =>
    b.count - a.count || (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key, 'de'));
  const registered = new Map(series.filter((s) => s.series === 'registered').map((s) => [s.bucket, s.n]));
  return {
    counts,
    checkedIn,
    checkInRate: ratio(checkedIn, counts.confirmed),
    noShows: now >= event.endsAt ? counts.confirmed - checkedIn : null,
    bySector: bySector.sort(byCount),
    byState: byState.sort(byCount),
    registrationsByDay: fillDays(registered),
    arrivalsByHour: series.filter((s) => s.series === 'arrived').map((s) => ({ hour: s.bucket, count: s.n })),
    byMode: modeStats(modes),
    sessions,
  };
}

function modeStats(counts: Awaited<ReturnType<typeof modeCounts>>): ModeStats[] {
  const byMode = new Map<ModeStats['mode'], ModeStats>();
  for (const c of counts) {
    const row = byMode.get(c.mode) ?? { mode: c.mode, confirmed: 0, waitlisted: 0, cancelled: 0 };
    if (c.status === 'confirmed' || c.status === 'waitlisted' || c.status === 'cancelled') row[c.status] = c.count;
    byMode.set(c.mode, row);
  }
  return (['onsite', 'online'] as const).flatMap((m) => byMode.get(m) ?? []);
}
