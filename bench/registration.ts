// Registration rush: POST /api/v1/events/{slug}/registrations with unique e-mails at concurrency 50.
// Usage: `npm run bench:registration` (starts its own database and server; needs `npm run build`), or
// against a running server: `DATABASE_URL=… npm run bench:registration -- --url http://localhost:3000`
// (it creates an API key in that database, so the per-IP limit does not apply).
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { ms, percentile, startStack, type Stack } from './harness';

const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === name);
const duration = Number(arg('--duration') ?? 10);
const connections = Number(arg('--connections') ?? 50);
const capacity = Number(arg('--capacity') ?? 1000);

let stack: Stack | undefined;
// A failing run must not leave its server and database behind.
process.on('uncaughtException', (error) => {
  console.error(error);
  void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
});
const baseUrl = arg('--url') ?? (stack = await startStack()).baseUrl;
const databaseUrl = stack?.databaseUrl ?? process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is needed with --url (to create the bench event and count the result).');

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const slug = `bench-${randomBytes(4).toString('hex')}`;
const starts = new Date(Date.now() + 30 * 86_400_000);
await client.query(
  `INSERT INTO "Event" (id, slug, title, description, "startsAt", "endsAt", "venueName", "venueAddress", capacity, "waitlistEnabled", "updatedAt")
   VALUES ($1, $1, 'Benchmark', 'Benchmark', $2, $3, 'HTWK Leipzig', 'Leipzig', $4, true, now())`,
  [slug, starts, new Date(starts.getTime() + 8 * 3_600_000), capacity],
);

// A server-to-server client: an API key with a limit far above the run, instead of one form token per request.
process.env.DATABASE_URL = databaseUrl;
const { createApiKey } = await import('../lib/api-keys/service');
const { disconnectDb } = await import('../lib/server/db');
const apiKey = (await createApiKey({ name: `bench ${slug}`, rateLimit: 1_000_000, windowSeconds: 60 })).key;
await disconnectDb();

let n = 0;
let created201 = 0;
const latencies: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon({
  url: `${baseUrl}/api/v1/events/${slug}/registrations`,
  method: 'POST',
  connections,
  duration,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
  requests: [{
    setupRequest: (req) => {
      const i = n++;
      return {
        ...req,
        headers: { ...req.headers, 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body: JSON.stringify({ firstName: 'Bench', lastName: `Person ${i}`, email: `bench-${i}-${slug}@example.test`, consents: { privacy: true } }),
      };
    },
  }],
  }, (error, res) => (error ? reject(error) : resolve(res)));
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (status === 201) created201++;
  });
});

const counts = await client.query<{ status: string; n: string }>(
  `SELECT r.status::text AS status, count(*)::text AS n FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" WHERE e.slug = $1 GROUP BY 1`, [slug]);
const by = Object.fromEntries(counts.rows.map((r) => [r.status, Number(r.n)]));
await client.end();
await stack?.stop();

// Requests still in flight when the run stopped may have been committed without their answer arriving.
const accepted = created201;
const inFlight = n - latencies.length;
const confirmed = by.confirmed ?? 0;
const waitlisted = by.waitlisted ?? 0;
console.log(`\nRegistration rush: ${connections} connections, ${duration} s, capacity ${capacity}, waiting list on`);
console.log(`  registrations/s  ${(accepted / duration).toFixed(1)}`);
console.log(`  latency p50      ${ms(percentile(latencies, 50))} ms`);
console.log(`  latency p95      ${ms(percentile(latencies, 95))} ms`);
console.log(`  latency p99      ${ms(percentile(latencies, 99))} ms`);
console.log(`  non-2xx / errors ${result.non2xx} / ${result.errors}`);
console.log(`  confirmed        ${confirmed} (capacity ${capacity})`);
console.log(`  waitlisted       ${waitlisted}`);
const stored = confirmed + waitlisted;
const ok = stored >= accepted && stored <= accepted + inFlight && confirmed <= capacity && result.non2xx === 0;
console.log(`  check            ${ok ? 'OK' : 'FAILED'}: stored ${stored} = ${accepted} accepted + ${stored - accepted} of ${inFlight} cut off at the end${confirmed > capacity ? '; OVERSOLD' : ''}`);
process.exit(ok ? 0 : 1);
