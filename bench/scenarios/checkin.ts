// Check-in: single scans against POST /api/v1/events/{slug}/checkin/scans at concurrency 20, against the same
// conditional UPDATE through pg; then one device syncing 1,000 offline scans, against one set-based UPDATE.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ticketQrContent } from '../../lib/tickets/keys';
import { closedLoop } from '../harness';
import { httpLoad } from '../http-load';
import { loadRows, type Row } from '../report';
import { insertEvent, organizerCookie, type Scenario } from './context';

const CONNECTIONS = 20;
const hex = (n: number) => randomBytes(n).toString('hex');
const CHECK_IN = `UPDATE "Registration" SET "checkedInAt" = now(), "updatedAt" = now()
  WHERE "eventId" = $1 AND "ticketCode" = $2 AND status = 'confirmed' AND "checkedInAt" IS NULL RETURNING id`;

async function eventWithTickets(client: pg.Client, count: number): Promise<{ id: string; codes: string[] }> {
  const id = await insertEvent(client, `bench-door-${hex(6)}`, { capacity: count, confirmed: count });
  const codes = Array.from({ length: count }, () => hex(16).toUpperCase());
  await client.query(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", "firstName", "lastName", email, "privacyConsentVersion", "privacyConsentAt", "updatedAt")
     SELECT 'r' || md5(c), $1, c, md5(c || 'm'), 'Bench', 'Person ' || i, 'p' || i || '@' || $1 || '.test', 'bench', now(), now()
     FROM unnest($2::text[]) WITH ORDINALITY AS t(c, i)`,
    [id, codes],
  );
  return { id, codes };
}

// Most scans are first check-ins; every fifth repeats an earlier ticket, as at a real door.
const pick = (codes: string[], i: number) => codes[i % 5 === 4 ? Math.floor(i / 2) % codes.length : i % codes.length]!;

export const checkin: Scenario = async ({ stack, client, seconds }) => {
  const attendees = 3000;
  const cookie = await organizerCookie(client, `bench-door-${hex(4)}`);
  const headers = { 'content-type': 'application/json', cookie };
  const rush = await eventWithTickets(client, attendees);
  const tickets = rush.codes.map((ticketCode) => ticketQrContent({ ticketCode, eventId: rush.id }));
  const app = await httpLoad({
    url: `${stack.baseUrl}/api/v1/events/${rush.id}/checkin/scans`,
    method: 'POST',
    connections: CONNECTIONS,
    seconds,
    headers,
    request: (i) => ({
      body: JSON.stringify({
        deviceId: `bench-device-${i % CONNECTIONS}`,
        scans: [
          { idempotencyKey: `bench-${i}-${hex(4)}`, scannedAt: new Date().toISOString(), code: pick(tickets, i) },
        ],
      }),
    }),
  });

  const floorEvent = await eventWithTickets(client, attendees);
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: CONNECTIONS });
  const floor = await closedLoop(CONNECTIONS, seconds, async (i) => {
    await pool.query(CHECK_IN, [floorEvent.id, pick(floorEvent.codes, i)]);
  });
  const rows = loadRows(`Check-in scan (c=${CONNECTIONS})`, app, floor, 'floor: conditional UPDATE via pg', 'scans/s');
  rows.app.target = 'p95 < 50 ms';
  rows.app.met = app.p95 < 50 && app.errors === 0;

  // Offline sync: 1,000 queued scans in one request.
  const offline = await eventWithTickets(client, 1000);
  const scans = offline.codes.map((ticketCode, i) => ({
    idempotencyKey: `offline-${i}-${hex(4)}`,
    scannedAt: new Date(Date.now() - (1000 - i) * 1000).toISOString(),
    code: ticketQrContent({ ticketCode, eventId: offline.id }),
    localResult: 'checked_in',
  }));
  const started = performance.now();
  const res = await fetch(`${stack.baseUrl}/api/v1/events/${offline.id}/checkin/scans`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ deviceId: 'bench-offline-device', scans }),
  });
  await res.arrayBuffer();
  const syncMs = performance.now() - started;
  const {
    rows: [counted],
  } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Registration" WHERE "eventId" = $1 AND "checkedInAt" IS NOT NULL`,
    [offline.id],
  );
  const bulkFloor = await eventWithTickets(client, 1000);
  const floorStarted = performance.now();
  await pool.query(
    `UPDATE "Registration" SET "checkedInAt" = now(), "updatedAt" = now()
    WHERE "eventId" = $1 AND "ticketCode" = ANY($2::text[]) AND status = 'confirmed' AND "checkedInAt" IS NULL`,
    [bulkFloor.id, bulkFloor.codes],
  );
  const floorMs = performance.now() - floorStarted;
  await pool.end();

  const sync: Row = {
    scenario: 'Offline sync: 1,000 scans, one request',
    measured: 'app',
    throughput: `${(syncMs / 1000).toFixed(2)} s`,
    errors: res.ok ? 0 : 1,
    ratio: floorMs / syncMs,
    notes: `${counted?.n} of 1000 checked in (HTTP ${res.status})`,
  };
  const syncFloor: Row = {
    scenario: sync.scenario,
    measured: 'floor: one set-based UPDATE via pg',
    throughput: `${(floorMs / 1000).toFixed(3)} s`,
  };
  return [rows.app, rows.floor, sync, syncFloor];
};
