// Registration rush with two bookable sessions per registration (#17), against the single-seat rush measured in
// the same run: the same API, concurrency, capacity and waiting list; the session rush takes the event seat AND
// two session places (or their waiting lists) in its one statement. Target: ≥ 0.7 × the single-seat rush.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { httpLoad } from '../http-load';
import { loadRows, type Row } from '../report';
import { type BenchContext, insertEvent, type Scenario } from './context';

const CONNECTIONS = 50;
const CAPACITY = 1000;
const SESSION_CAPACITY = 500;

async function insertSessions(client: pg.Client, eventId: string): Promise<string[]> {
  const ids = [`${eventId}-a`, `${eventId}-b`];
  for (const [i, id] of ids.entries()) {
    // Two workshops one after the other (no overlap), each with its own waiting list.
    await client.query(
      `INSERT INTO "EventSession" (id, "eventId", title, "startsAt", "endsAt", bookable, capacity, "waitlistEnabled")
       SELECT $1, id, $2, "startsAt" + ($3 || ' hours')::interval, "startsAt" + ($4 || ' hours')::interval, true, $5, true
       FROM "Event" WHERE id = $6`,
      [id, `Workshop ${i + 1}`, String(1 + 2 * i), String(2 + 2 * i), SESSION_CAPACITY, eventId],
    );
  }
  return ids;
}

async function drainOutbox(client: pg.Client): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "OutboxMail" WHERE status IN ('queued', 'retrying')`,
    );
    if (rows[0]?.n === '0') return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function rush(ctx: BenchContext, eventId: string, tag: string, sessions: string[]) {
  process.env.AUTH_SECRET = ctx.stack.authSecret;
  process.env.DATABASE_URL = ctx.stack.databaseUrl;
  const { issueFormToken } = await import('../../lib/registrations/anti-bot');
  const issuedAt = new Date(Date.now() - 60_000);
  return httpLoad({
    url: `${ctx.stack.baseUrl}/api/v1/events/${eventId}/registrations`,
    method: 'POST',
    connections: CONNECTIONS,
    seconds: ctx.seconds,
    headers: { 'content-type': 'application/json' },
    request: (i) => ({
      headers: { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({
        firstName: 'Bench',
        lastName: `Person ${i}`,
        email: `s${i}-${tag}@example.test`,
        consents: { privacy: true },
        formToken: issueFormToken(issuedAt),
        ...(sessions.length > 0 ? { sessions } : {}),
      }),
    }),
  });
}

export const registrationSessions: Scenario = async (ctx) => {
  const { client, seconds, log } = ctx;
  const tag = randomBytes(4).toString('hex');
  const single = await insertEvent(client, `bench-single-${tag}`, { capacity: CAPACITY, waitlist: true });
  const withSessions = await insertEvent(client, `bench-sessions-${tag}`, { capacity: CAPACITY, waitlist: true });
  const sessionIds = await insertSessions(client, withSessions);

  const baseline = await rush(ctx, single, `1${tag}`, []);
  // The baseline's confirmation mails must not be composed while the session rush measures.
  await drainOutbox(client);
  const app = await rush(ctx, withSessions, `2${tag}`, sessionIds);

  const { rows } = await client.query<{ id: string; counter: number; confirmed: string; waiting: string }>(
    `SELECT s.id, s."confirmedCount" AS counter,
       (SELECT count(*) FROM "SessionBooking" b WHERE b."sessionId" = s.id AND b.status = 'confirmed')::text AS confirmed,
       (SELECT count(*) FROM "SessionBooking" b WHERE b."sessionId" = s.id AND b.status = 'waitlisted')::text AS waiting
     FROM "EventSession" s WHERE s."eventId" = $1 ORDER BY s.id`,
    [withSessions],
  );
  const consistent = rows.every((r) => Number(r.confirmed) === r.counter && r.counter <= SESSION_CAPACITY);
  const perSession = rows.map((r) => `${r.counter} booked + ${r.waiting} waiting`).join(', ');
  log(`registration with sessions: ${perSession}`);

  const accepted = app.statuses[201] ?? 0;
  const baseAccepted = baseline.statuses[201] ?? 0;
  const result = loadRows(
    'Registration rush, 2 sessions each (c=50)',
    app,
    baseline,
    'the single-seat rush via the app, same run',
    'registrations/s',
  );
  const ratio = baseAccepted === 0 ? 0 : accepted / baseAccepted;
  result.app.throughput = `${Math.round(accepted / seconds).toLocaleString('en')} registrations/s`;
  result.floor.throughput = `${Math.round(baseAccepted / seconds).toLocaleString('en')} registrations/s`;
  result.app.ratio = ratio;
  result.app.target = '≥ 0.7× the single-seat rush, 0 errors, session counters = confirmed bookings';
  result.app.met = ratio >= 0.7 && app.errors === 0 && consistent;
  result.app.notes = `sessions (capacity ${SESSION_CAPACITY} each): ${perSession}; ${consistent ? 'counters match' : 'COUNTERS DO NOT MATCH'}`;
  return [result.app, result.floor] satisfies Row[];
};
