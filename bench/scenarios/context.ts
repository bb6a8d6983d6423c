import type pg from 'pg';
import type { Stack } from '../harness';
import type { Row } from '../report';

/** What every scenario gets from the runner. */
export interface BenchContext {
  stack: Stack;
  /** A client on the run's database, for setup, floors and counting. */
  client: pg.Client;
  /** The seeded conference's slug (programme, speakers, hosts: a realistic page). */
  eventSlug: string;
  /** Seconds per load phase (10 unless --seconds). */
  seconds: number;
  log: (message: string) => void;
}

export type Scenario = (ctx: BenchContext) => Promise<Row[]>;

/** A signed-in organizer's cookie, as next-auth stores database sessions. */
export async function organizerCookie(client: pg.Client, id: string): Promise<string> {
  const token = `${id}-${Math.random().toString(36).slice(2)}${Date.now()}`;
  await client.query(
    `INSERT INTO "User" (id, email, role, "invitedAt") VALUES ($1, $1 || '@bench.test', 'organizer', now())`,
    [id],
  );
  await client.query(
    `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $1, now() + interval '1 day')`,
    [id, token],
  );
  return `next-auth.session-token=${token}`;
}

/** Inserts a published event and returns its id (= slug). */
export async function insertEvent(
  client: pg.Client,
  id: string,
  options: { capacity: number; confirmed?: number; waitlist?: boolean },
) {
  const starts = new Date(Date.now() + 30 * 86_400_000);
  await client.query(
    `INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "venueName", "venueAddress", capacity,
       "confirmedCount", "waitlistEnabled", "updatedAt")
     VALUES ($1, $1, 'Benchmark', 'Benchmark', $2, $3, 'HTWK Leipzig', 'Leipzig', $4, $5, $6, now())`,
    [
      id,
      starts,
      new Date(starts.getTime() + 8 * 3_600_000),
      options.capacity,
      options.confirmed ?? 0,
      options.waitlist ?? false,
    ],
  );
  return id;
}
