// Registration rush: POST /api/v1/events/{slug}/registrations with unique e-mails at concurrency 50, capacity 1,000,
// waiting list on; the floor issues the same transaction (seat + row in one statement, then the outbox row)
// straight through pg at the same concurrency.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { closedLoop } from '../harness';
import { httpLoad } from '../http-load';
import { loadRows, type Row } from '../report';
import { insertEvent, type Scenario } from './context';

const CONNECTIONS = 50;
const CAPACITY = 1000;

// The statement of lib/registrations/service.ts (insertRegistration), with pg placeholders.
const SEAT_AND_ROW = `
  WITH seat AS (
    UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
    WHERE id = $1 AND ("capacity" IS NULL OR "confirmedCount" < "capacity")
    RETURNING id
  )
  INSERT INTO "Registration" (
    id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
    organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
    answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity", "createdAt", "updatedAt"
  )
  SELECT $2, $1, $3, $4, (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END)::"RegistrationStatus",
    NULL, NULL, 'Bench', $5, $6, NULL, NULL, NULL, NULL, 'de', 'api', 'v1', now(), '{}'::jsonb, NULL, NULL,
    'attendee'::"GuestType", false, now(), now()
  WHERE EXISTS (SELECT 1 FROM seat) OR $7::boolean
  RETURNING status::text AS status`;

async function countByStatus(client: pg.Client, eventId: string) {
  const { rows } = await client.query<{ status: string; n: string }>(
    `SELECT status::text AS status, count(*)::text AS n FROM "Registration" WHERE "eventId" = $1 GROUP BY 1`, [eventId]);
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { confirmed: by.confirmed ?? 0, waitlisted: by.waitlisted ?? 0 };
}

export const registration: Scenario = async ({ stack, client, seconds, log }) => {
  const tag = randomBytes(4).toString('hex');
  const appEvent = await insertEvent(client, `bench-reg-${tag}`, { capacity: CAPACITY, waitlist: true });
  const floorEvent = await insertEvent(client, `bench-reg-floor-${tag}`, { capacity: CAPACITY, waitlist: true });
  // A server-to-server client: an API key far above the run's volume instead of one form token per request.
  const key = `tb_${randomBytes(32).toString('base64url')}`;
  await client.query(`INSERT INTO "ApiKey" (id, name, "keyHash", "rateLimit", "windowSeconds") VALUES ($1, $1, $2, 1000000, 60)`,
    [`bench-${tag}`, createHash('sha256').update(key).digest('hex')]);

  const app = await httpLoad({
    url: `${stack.baseUrl}/api/v1/events/${appEvent}/registrations`, method: 'POST', connections: CONNECTIONS, seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    request: (i) => ({
      body: JSON.stringify({ firstName: 'Bench', lastName: `Person ${i}`, email: `p${i}-${tag}@example.test`, consents: { privacy: true } }),
    }),
  });
  const accepted = app.statuses[201] ?? 0;
  const counts = await countByStatus(client, appEvent);
  log(`registration: ${accepted} accepted, ${counts.confirmed} confirmed + ${counts.waitlisted} waitlisted`);

  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: CONNECTIONS });
  const floor = await closedLoop(CONNECTIONS, seconds, async (i) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const id = randomUUID();
      const { rows } = await c.query<{ status: string }>(SEAT_AND_ROW,
        [floorEvent, id, `T${tag}${i}`, `M${tag}${i}`, `Person ${i}`, `f${i}-${tag}@example.test`, true]);
      await c.query(`INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
        [randomUUID(), rows[0]!.status === 'confirmed' ? 'confirmation' : 'waitlist', `f${i}-${tag}@example.test`, floorEvent, id]);
      await c.query('COMMIT');
    } catch (error) {
      await c.query('ROLLBACK');
      throw error;
    } finally {
      c.release();
    }
  });
  await pool.end();

  const rows = loadRows('Registration rush (c=50)', app, floor, 'floor: same transaction via pg', 'registrations/s');
  // Answers cut off at the end of the run may have committed: stored may exceed accepted by at most those.
  const stored = counts.confirmed + counts.waitlisted;
  const cutOff = app.sent - app.count;
  const adds = stored >= accepted && stored <= accepted + cutOff && counts.confirmed === Math.min(CAPACITY, stored);
  rows.app.throughput = `${Math.round(accepted / seconds).toLocaleString('en')} registrations/s`;
  rows.app.ratio = accepted / seconds / floor.rate;
  rows.app.target = '≥ 100/s, p95 < 250 ms, ≥ 0.4× floor, 0 errors';
  rows.app.met = accepted / seconds >= 100 && app.p95 < 250 && rows.app.ratio >= 0.4 && app.errors === 0 && adds;
  rows.app.notes = `${counts.confirmed} confirmed + ${counts.waitlisted} waitlisted = ${stored} stored; ${accepted} answered 201` +
    `${cutOff > 0 ? `, ${cutOff} cut off at the end` : ''}: ${adds ? 'adds up' : 'DOES NOT ADD UP'}; capacity ${CAPACITY}`;
  const floorCounts = await countByStatus(client, floorEvent);
  rows.floor.notes = `${floorCounts.confirmed} confirmed + ${floorCounts.waitlisted} waitlisted`;
  return [rows.app, rows.floor] satisfies Row[];
};
