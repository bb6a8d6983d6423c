// Registration rush: POST /api/v1/events/{slug}/registrations with unique e-mails at concurrency 50, capacity 1,000,
// waiting list on; the floor writes the same seat, row and outbox row in one statement straight through pg
// at the same concurrency.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { closedLoop } from '../harness';
import { httpLoad } from '../http-load';
import { loadRows, type Row } from '../report';
import { insertEvent, type Scenario } from './context';

const CONNECTIONS = 50;
const CAPACITY = 1000;

// The physical floor of the same work: seat, registration row and outbox row in ONE autocommitted statement
// (the shape of lib/registrations/service.ts insertRegistration), with pg placeholders.
const SEAT_ROW_AND_OUTBOX = `
  WITH seat AS (
    UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1
    WHERE id = $1 AND ("capacity" IS NULL OR "confirmedCount" < "capacity")
    RETURNING id
  ), reg AS (
    INSERT INTO "Registration" (
      id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
      organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
      answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity", "createdAt", "updatedAt"
    )
    SELECT $2, $1, $3, $4, (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed' ELSE 'waitlisted' END)::"RegistrationStatus",
      NULL, NULL, 'Bench', $5, $6, NULL, NULL, NULL, NULL, 'de', 'api', 'v1', now(), '{}'::jsonb, NULL, NULL,
      'attendee'::"GuestType", false, now(), now()
    WHERE EXISTS (SELECT 1 FROM seat) OR $7::boolean
    RETURNING id, status, email
  ), mail AS (
    INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "createdAt", "updatedAt")
    SELECT $8::uuid, (CASE WHEN reg.status = 'confirmed' THEN 'confirmation' ELSE 'waitlist' END)::"MailKind", reg.email, $1, reg.id, now(), now()
    FROM reg
  )
  SELECT status::text AS status FROM reg`;

async function countByStatus(client: pg.Client, eventId: string) {
  const { rows } = await client.query<{ status: string; n: string }>(
    `SELECT status::text AS status, count(*)::text AS n FROM "Registration" WHERE "eventId" = $1 GROUP BY 1`,
    [eventId],
  );
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { confirmed: by.confirmed ?? 0, waitlisted: by.waitlisted ?? 0 };
}

export const registration: Scenario = async ({ stack, client, seconds, log }) => {
  const tag = randomBytes(4).toString('hex');
  const appEvent = await insertEvent(client, `bench-reg-${tag}`, { capacity: CAPACITY, waitlist: true });
  const floorEvent = await insertEvent(client, `bench-reg-floor-${tag}`, { capacity: CAPACITY, waitlist: true });
  // A crowd of browsers: each request carries its own form token (signed with the server's secret, issued
  // long enough ago to pass the fill-time check) and comes from its own address (the per-IP limit applies).
  process.env.AUTH_SECRET = stack.authSecret;
  process.env.DATABASE_URL = stack.databaseUrl;
  const { issueFormToken } = await import('../../lib/registrations/anti-bot');
  const issuedAt = new Date(Date.now() - 60_000);

  // The floor first: the app's run leaves confirmation mails for the worker, which would slow a later floor.
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: CONNECTIONS });
  const floor = await closedLoop(CONNECTIONS, seconds, async (i) => {
    await pool.query(SEAT_ROW_AND_OUTBOX, [
      floorEvent,
      randomUUID(),
      `T${tag}${i}`,
      `M${tag}${i}`,
      `Person ${i}`,
      `f${i}-${tag}@example.test`,
      true,
      randomUUID(),
    ]);
  });
  await pool.end();
  // The floor's outbox rows have no jobs and nobody to mail: keep the relay from sending them later.
  await client.query(
    `UPDATE "OutboxMail" SET status = 'skipped', "lastError" = 'benchmark floor' WHERE "eventId" = $1`,
    [floorEvent],
  );

  const app = await httpLoad({
    url: `${stack.baseUrl}/api/v1/events/${appEvent}/registrations`,
    method: 'POST',
    connections: CONNECTIONS,
    seconds,
    headers: { 'content-type': 'application/json' },
    request: (i) => ({
      headers: { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({
        firstName: 'Bench',
        lastName: `Person ${i}`,
        email: `p${i}-${tag}@example.test`,
        consents: { privacy: true },
        formToken: issueFormToken(issuedAt),
      }),
    }),
  });
  const accepted = app.statuses[201] ?? 0;
  const counts = await countByStatus(client, appEvent);
  log(`registration: ${accepted} accepted, ${counts.confirmed} confirmed + ${counts.waitlisted} waitlisted`);

  const rows = loadRows(
    'Registration rush (c=50)',
    app,
    floor,
    'floor: one statement via pg (seat + row + outbox)',
    'registrations/s',
  );
  // Answers cut off at the end of the run may have committed: stored may exceed accepted by at most those.
  const stored = counts.confirmed + counts.waitlisted;
  const cutOff = app.sent - app.count;
  const adds = stored >= accepted && stored <= accepted + cutOff && counts.confirmed === Math.min(CAPACITY, stored);
  rows.app.throughput = `${Math.round(accepted / seconds).toLocaleString('en')} registrations/s`;
  rows.app.ratio = accepted / seconds / floor.rate;
  rows.app.target = '≥ 100/s, p95 < 250 ms, ≥ 0.4× floor, 0 errors';
  rows.app.met = accepted / seconds >= 100 && app.p95 < 250 && rows.app.ratio >= 0.4 && app.errors === 0 && adds;
  rows.app.notes =
    `${counts.confirmed} confirmed + ${counts.waitlisted} waitlisted = ${stored} stored; ${accepted} answered 201` +
    `${cutOff > 0 ? `, ${cutOff} cut off at the end` : ''}: ${adds ? 'adds up' : 'DOES NOT ADD UP'}; capacity ${CAPACITY}`;
  const floorCounts = await countByStatus(client, floorEvent);
  rows.floor.notes = `${floorCounts.confirmed} confirmed + ${floorCounts.waitlisted} waitlisted`;
  return [rows.app, rows.floor] satisfies Row[];
};
