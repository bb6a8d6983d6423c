// Export: 100,000 registrations downloaded as CSV and XLSX from the app's export route, against
// `COPY (SELECT …) TO STDOUT` of the same rows through pg. The server's RSS is sampled during each download.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { insertBulkRegistrations } from '../../test/bulk-registrations';
import { rssOf } from '../harness';
import type { Row } from '../report';
import { insertEvent, organizerCookie, type Scenario } from './context';

const MB = 1024 * 1024;

export interface Timed {
  seconds: number;
  bytes: number;
  rssGrowthMb: number;
}

// Samples the server's RSS every 20 ms while `work` runs (the certificate ZIP is measured the same way).
export async function timed(pid: number, work: () => Promise<number>): Promise<Timed> {
  const base = rssOf(pid);
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  const started = performance.now();
  const bytes = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return { seconds, bytes, rssGrowthMb: (Math.max(peak, rssOf(pid)) - base) / MB };
}

export async function download(url: string, cookie: string): Promise<number> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok || !res.body) throw new Error(`export answered ${res.status}`);
  let bytes = 0;
  const reader = res.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
  return bytes;
}

export const exportScenario: Scenario = async ({ stack, client, log }) => {
  const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
  const tag = randomBytes(4).toString('hex');
  const eventId = await insertEvent(client, `bench-export-${tag}`, { capacity: rows, confirmed: rows });
  await insertBulkRegistrations(
    { $executeRawUnsafe: (sql: string, ...values: unknown[]) => client.query(sql, values) } as never,
    eventId,
    rows,
  );
  await client.query('VACUUM ANALYZE "Registration"');
  const cookie = await organizerCookie(client, `bench-export-${tag}`);
  log(`export: ${rows.toLocaleString('en')} registrations seeded`);

  // The app's default columns, order and filter (all registrations of the event, by name).
  const copyFloor = async () => {
    const c = new pg.Client({ connectionString: stack.databaseUrl });
    await c.connect();
    let bytes = 0;
    try {
      await pipeline(
        c.query(
          copyTo(`COPY (SELECT r.salutation, r.title, r."firstName", r."lastName", r.email, r.organization,
          r.position, r.sector, r.state, r.status, r."guestType", r."createdAt", r."checkedInAt", r."ticketCode", r.answers
        FROM "Registration" r WHERE r."eventId" = '${eventId}' ORDER BY r."lastName", r."firstName", r.id)
        TO STDOUT WITH (FORMAT csv, DELIMITER ';', HEADER)`),
        ),
        new Writable({
          write(chunk: Buffer, _e, done) {
            bytes += chunk.length;
            done();
          },
        }),
      );
    } finally {
      await c.end();
    }
    return bytes;
  };
  const url = (format: string) => `${stack.baseUrl}/dashboard/events/${eventId}/export/${format}`;
  await download(`${url('csv')}?q=warm`, cookie); // first request compiles nothing in production, but loads the route module

  const floor = await timed(stack.serverPid, copyFloor);
  const csv = await timed(stack.serverPid, () => download(url('csv'), cookie));
  const xlsx = await timed(stack.serverPid, () => download(url('xlsx'), cookie));

  const row = (measured: string, t: Timed, target?: { seconds: number }): Row => ({
    scenario: `Export ${rows.toLocaleString('en')} rows`,
    measured,
    throughput: `${t.seconds.toFixed(2)} s (${Math.round(rows / t.seconds).toLocaleString('en')} rows/s)`,
    ratio: target ? floor.seconds / t.seconds : undefined,
    target: target ? `< ${target.seconds} s, RSS growth < 150 MB` : undefined,
    met: target ? t.seconds < target.seconds && t.rssGrowthMb < 150 : undefined,
    notes: `${(t.bytes / MB).toFixed(1)} MB${target ? `; server RSS growth ${t.rssGrowthMb.toFixed(0)} MB` : ''}`,
  });
  return [
    row('app: CSV', csv, { seconds: 3 }),
    row('app: XLSX', xlsx, { seconds: 10 }),
    row('floor: COPY … TO STDOUT via pg', floor),
  ];
};
