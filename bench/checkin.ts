// Door rush: single scans against POST /api/v1/events/{slug}/checkin/scans (autocannon, signed session cookie),
// then one device syncing 1,000 offline scans at once.
// Usage: `npm run build && npm run bench:checkin [-- --duration 10 --connections 6 --attendees 1500]`.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { ms, percentile, startStack, type Stack } from './harness';

const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === name);
const duration = Number(arg('--duration') ?? 10);
const connections = Number(arg('--connections') ?? 6);
const attendees = Number(arg('--attendees') ?? 1500);

process.env.TICKET_SIGNING_KEY ??= generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const { ticketQrContent } = await import('../lib/tickets/keys');

let stack: Stack | undefined;
process.on('uncaughtException', (error) => {
  console.error(error);
  void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
});
stack = await startStack({ TICKET_SIGNING_KEY: process.env.TICKET_SIGNING_KEY });
const client = new pg.Client({ connectionString: stack.databaseUrl });
await client.connect();
const hex = (n: number) => randomBytes(n).toString('hex');

async function createEvent(count: number): Promise<{ id: string; slug: string; tickets: string[] }> {
  const id = `bench${hex(8)}`;
  const starts = new Date(Date.now() + 86_400_000);
  await client.query(
    `INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "venueName", "venueAddress", capacity, "confirmedCount", "updatedAt")
     VALUES ($1, $1, 'Einlass-Benchmark', 'Benchmark', $2, $3, 'HTWK Leipzig', 'Leipzig', $4, $4, now())`,
    [id, starts, new Date(starts.getTime() + 8 * 3_600_000), count],
  );
  const codes = Array.from({ length: count }, () => hex(16).toUpperCase());
  await client.query(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", "firstName", "lastName", email, "privacyConsentVersion", "privacyConsentAt", "updatedAt")
     SELECT 'r' || md5(c), $1, c, md5(c || 'm'), 'Bench', 'Person ' || i, 'p' || i || '@' || $1 || '.test', 'bench', now(), now()
     FROM unnest($2::text[]) WITH ORDINALITY AS t(c, i)`,
    [id, codes],
  );
  return { id, slug: id, tickets: codes.map((ticketCode) => ticketQrContent({ ticketCode, eventId: id })) };
}

// A door supervisor's session, as next-auth stores it (database sessions).
const token = hex(32);
await client.query(`INSERT INTO "User" (id, email, role, "invitedAt") VALUES ('bench-user', 'bench@example.test', 'organizer', now())`);
await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('bench-session', $1, 'bench-user', now() + interval '1 day')`, [token]);
const headers = { 'content-type': 'application/json', cookie: `next-auth.session-token=${token}` };

const rush = await createEvent(attendees);
let n = 0;
const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon({
    url: `${stack!.baseUrl}/api/v1/events/${rush.slug}/checkin/scans`,
    method: 'POST', connections, duration, headers,
    requests: [{
      setupRequest: (req) => {
        const i = n++;
        // Most scans are first check-ins; every fifth repeats an earlier ticket, as at a real door.
        const ticket = rush.tickets[i % 5 === 4 ? Math.floor(i / 2) % attendees : i % attendees]!;
        const scan = { idempotencyKey: `bench-${i}-${hex(4)}`, scannedAt: new Date().toISOString(), code: ticket };
        return { ...req, body: JSON.stringify({ deviceId: `bench-device-${i % connections}`, scans: [scan] }) };
      },
    }],
  }, (error, res) => (error ? reject(error) : resolve(res)));
  instance.on('response', (_c, _status, _bytes, time) => latencies.push(time));
});

const offline = await createEvent(1000);
const scans = offline.tickets.map((code, i) => ({
  idempotencyKey: `offline-${i}-${hex(4)}`, scannedAt: new Date(Date.now() - (1000 - i) * 1000).toISOString(), code, localResult: 'checked_in',
}));
const started = performance.now();
const res = await fetch(`${stack.baseUrl}/api/v1/events/${offline.slug}/checkin/scans`, {
  method: 'POST', headers, body: JSON.stringify({ deviceId: 'bench-offline-device', scans }),
});
const syncMs = performance.now() - started;
const synced = ((await res.json()) as { results?: { result: string }[] }).results ?? [];

const counted = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Registration" WHERE "eventId" = $1 AND "checkedInAt" IS NOT NULL`, [offline.id]);
await client.end();
await stack.stop();

console.log(`\nCheck-in rush: ${connections} devices, ${duration} s, ${attendees} attendees`);
console.log(`  scans/s          ${(latencies.length / duration).toFixed(1)}`);
console.log(`  latency p50      ${ms(percentile(latencies, 50))} ms`);
console.log(`  latency p95      ${ms(percentile(latencies, 95))} ms`);
console.log(`  non-2xx / errors ${result.non2xx} / ${result.errors}`);
console.log(`\nOffline sync: 1,000 queued scans in one request`);
console.log(`  status           ${res.status}`);
console.log(`  sync time        ${ms(syncMs)} ms`);
console.log(`  checked in       ${counted.rows[0]?.n} of 1000 (${synced.filter((s) => s.result === 'checked_in').length} results "checked_in")`);
process.exit(res.ok && result.non2xx === 0 ? 0 : 1);
