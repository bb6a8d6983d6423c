// Export benchmark: 100,000 registrations as CSV and XLSX through the app's streamed export, next to
// `COPY (SELECT …) TO STDOUT` of the same rows through pg as the floor. Prints a table; never fails on speed.
// Usage: `npm run bench:export` (starts its own throw-away PostgreSQL), options `--rows 100000`.
// Runs with the react-server condition because the export modules are marked 'server-only'.
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { migrate } from '../lib/server/migrate';
import { createTestDatabase } from '../test/database';

const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === name);
const rows = Number(arg('--rows') ?? 100_000);
const MB = 1024 * 1024;

const database = await createTestDatabase();
try {
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db, disconnectDb } = await import('../lib/server/db');
  const { insertBulkRegistrations } = await import('../test/bulk-registrations');
  const { startAttendeeExport } = await import('../lib/export/service');
  const { DEFAULT_ATTENDEE_FILTERS, attendeeWhere } = await import('../lib/attendees/filters');

  const event = await db.event.create({
    data: { slug: `bench-export-${Date.now()}`, title: 'Benchmark', description: 'Benchmark', startsAt: new Date(), endsAt: new Date(), venueName: 'HTWK Leipzig', venueAddress: 'Leipzig' },
  });
  const seeded = performance.now();
  await insertBulkRegistrations(db, event.id, rows);
  await db.$executeRawUnsafe('VACUUM ANALYZE "Registration"');
  console.log(`seeded ${rows.toLocaleString('en')} registrations in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

  // Samples RSS while `work` runs; returns seconds, bytes written and the peak RSS growth.
  async function measure(work: (sink: Writable) => Promise<void>) {
    globalThis.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
    let bytes = 0;
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { bytes += chunk.length; done(); } });
    const start = performance.now();
    await work(sink);
    const seconds = (performance.now() - start) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { seconds, bytes, peakMb: (peak - base) / MB };
  }

  const appExport = (format: 'csv' | 'xlsx' | 'json') => async (sink: Writable) => {
    const exported = await startAttendeeExport({ format, slug: event.slug, filters: DEFAULT_ATTENDEE_FILTERS, columnKeys: [], actor: 'bench' });
    for await (const chunk of exported.body as unknown as AsyncIterable<Uint8Array>) {
      if (!sink.write(chunk)) await new Promise((r) => sink.once('drain', r));
    }
    sink.end();
  };

  const copyFloor = async (sink: Writable) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const where = attendeeWhere(event.id, {});
    // Same rows, columns and order as the app's export; COPY cannot take parameters, so the literal is inlined.
    const sql = `COPY (SELECT r.salutation, r.title, r."firstName", r."lastName", r.email, r.organization, r.position, r.sector,
        r.state, r.status, r."guestType", r."createdAt", r."checkedInAt", r."ticketCode", r.answers
      FROM "Registration" r WHERE ${where.text.replace('$1', `'${String(where.values[0]).replace(/'/g, "''")}'`)}
      ORDER BY r."lastName", r."firstName", r.id) TO STDOUT WITH (FORMAT csv, DELIMITER ';', HEADER)`;
    try {
      await pipeline(client.query(copyTo(sql)), sink);
    } finally {
      await client.end();
    }
  };

  const results: [string, Awaited<ReturnType<typeof measure>>][] = [];
  results.push(['COPY … TO STDOUT (floor)', await measure(copyFloor)]);
  results.push(['CSV (app export)', await measure(appExport('csv'))]);
  results.push(['XLSX (app export)', await measure(appExport('xlsx'))]);
  results.push(['JSON (app export)', await measure(appExport('json'))]);

  const floor = results[0]![1].seconds;
  console.log(`\n${rows.toLocaleString('en')} registrations`);
  console.table(results.map(([name, r]) => ({
    export: name,
    seconds: r.seconds.toFixed(2),
    'rows/s': Math.round(rows / r.seconds).toLocaleString('en'),
    'x floor': (r.seconds / floor).toFixed(1),
    MB: (r.bytes / MB).toFixed(1),
    'peak RSS growth MB': r.peakMb.toFixed(0),
  })));
  await disconnectDb();
} finally {
  await database.cleanup();
}
