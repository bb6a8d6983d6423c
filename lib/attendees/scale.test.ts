import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { insertBulkRegistrations } from '@/test/bulk-registrations';
import { ATTENDEE_SORTS, DEFAULT_ATTENDEE_FILTERS, type AttendeeFilters } from './filters';
import { ATTENDEE_PAGE_SIZE, attendeePageSql } from './queries';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

// Plans, not timings: a page must be an index range (no full scan, no sort of every row) at 20,000 registrations.
describe('attendee page at 20,000 registrations', () => {
  it('reads each sort order through its index and touches a bounded number of rows', async () => {
    const event = await createTestEvent({ capacity: null });
    await insertBulkRegistrations(db, event.id, 20_000);
    // What autovacuum does after a bulk load: statistics, and the GIN pending list merged into the trigram index.
    await db.$executeRawUnsafe('VACUUM ANALYZE "Registration"');
    const explain = async (filters: AttendeeFilters, offset: number) => {
      const sql = attendeePageSql(event.id, filters, offset);
      const [row] = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`,
        ...sql.values,
      );
      return nodes(row!['QUERY PLAN'][0].Plan);
    };
    for (const sort of ATTENDEE_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const plan = await explain({ ...DEFAULT_ATTENDEE_FILTERS, sort, dir }, 100 * ATTENDEE_PAGE_SIZE);
        const label = `${sort} ${dir}: ${plan.map((n) => n['Index Name'] ?? n['Node Type']).join(' > ')}`;
        expect(plan[0]!['Node Type'], label).toBe('Limit');
        expect(
          plan.some((n) => n['Node Type'] === 'Seq Scan'),
          label,
        ).toBe(false);
        expect(
          plan.some((n) => n['Node Type'] === 'Sort'),
          label,
        ).toBe(false);
        expect(
          plan.some(
            (n) => /^Index (Only )?Scan$/.test(n['Node Type']) && n['Index Name']?.startsWith('Registration_eventId_'),
          ),
          label,
        ).toBe(true);
        expect(plan[0]!['Actual Rows'], label).toBe(ATTENDEE_PAGE_SIZE);
      }
    }
    // A selective search needs no full scan either: the trigram index narrows it down.
    const search = await explain({ ...DEFAULT_ATTENDEE_FILTERS, q: 'Vorname12345' }, 0);
    const label = search.map((n) => n['Index Name'] ?? n['Node Type']).join(' > ');
    expect(
      search.some((n) => n['Node Type'] === 'Seq Scan'),
      label,
    ).toBe(false);
    expect(
      search.some((n) => n['Index Name'] === 'Registration_searchText_idx'),
      label,
    ).toBe(true);
  });
});
