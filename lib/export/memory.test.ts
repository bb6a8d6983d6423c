import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDEE_FILTERS } from '@/lib/attendees/filters';
import { db } from '@/lib/server/db';
import { insertBulkRegistrations } from '@/test/bulk-registrations';
import { createTestEvent } from '@/test/factories';
import { startAttendeeExport, type ExportFormat } from './service';

const ROWS = 100_000;
const MB = 1024 * 1024;

// A bound, not a speed test: a streamed export must not hold all rows. 100,000 rows of CSV alone are
// ~20 MB of text and several times that as objects, so loading everything would blow well past the bound.
describe('exports of 100,000 registrations', () => {
  let event: Awaited<ReturnType<typeof createTestEvent>>;
  beforeAll(async () => {
    event = await createTestEvent({ capacity: null });
    await insertBulkRegistrations(db, event.id, ROWS);
  }, 120_000);

  it.each(['csv', 'xlsx', 'json'] as ExportFormat[])(
    'stream %s with bounded memory and count every row',
    async (format) => {
      const exported = await startAttendeeExport({
        format,
        slug: event.slug,
        filters: DEFAULT_ATTENDEE_FILTERS,
        columnKeys: [],
        actor: 'memory@example.test',
      });
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      let bytes = 0;
      for await (const chunk of exported.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
      }
      expect(bytes).toBeGreaterThan(ROWS * 50);
      expect((peakRss - before.rss) / MB, 'RSS growth in MB').toBeLessThan(150);
      expect((peakHeap - before.heapUsed) / MB, 'heap growth in MB').toBeLessThan(150);
      const audit = await db.auditLog.findFirst({
        where: { eventId: event.id, action: `export.${format}` },
        select: { details: true },
      });
      expect(audit?.details).toMatchObject({ rows: ROWS, completed: true });
    },
    120_000,
  );
});
