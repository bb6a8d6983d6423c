import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { DEFAULT_ATTENDEE_FILTERS, type AttendeeFilters } from './filters';
import { ATTENDEE_PAGE_SIZE, type AttendeeListItem, attendeePageSql } from './queries';

const NAMES = ['Weiß', 'Zander', 'Öztürk', 'Ott', 'Ärger', 'Abel'];

async function page(eventId: string, filters: Partial<AttendeeFilters>, offset = 0) {
  const rows = await db.$queryRaw<AttendeeListItem[]>(
    attendeePageSql(eventId, { ...DEFAULT_ATTENDEE_FILTERS, ...filters }, offset),
  );
  return rows.map((r) => r.lastName);
}

// The migration 20261202130000_dashboard_collation_invitation puts the ICU collation "german" on the name columns.
describe('attendee list in German collation', () => {
  it('sorts umlauts with their base letter (Öztürk with O, Ärger with A), both directions', async () => {
    const event = await createTestEvent({ capacity: null });
    for (const lastName of NAMES) await createRegistration(event, registrationInput({ lastName }));
    expect(await page(event.id, { sort: 'name' })).toEqual(['Abel', 'Ärger', 'Ott', 'Öztürk', 'Weiß', 'Zander']);
    expect(await page(event.id, { sort: 'name', dir: 'desc' })).toEqual([
      'Zander',
      'Weiß',
      'Öztürk',
      'Ott',
      'Ärger',
      'Abel',
    ]);
  });

  it('sorts organisations the same way, with numbers by value', async () => {
    const event = await createTestEvent({ capacity: null });
    for (const organization of ['Zoll', 'Amt 10', 'Ostfalia', 'Amt 9', 'Örtliche Verwaltung'])
      await createRegistration(event, registrationInput({ organization }));
    const rows = await db.$queryRaw<AttendeeListItem[]>(
      attendeePageSql(event.id, { ...DEFAULT_ATTENDEE_FILTERS, sort: 'organization' }, 0),
    );
    expect(rows.map((r) => r.organization)).toEqual(['Amt 9', 'Amt 10', 'Örtliche Verwaltung', 'Ostfalia', 'Zoll']);
  });

  it('keeps pages disjoint and complete across a page boundary', async () => {
    const event = await createTestEvent({ capacity: null });
    const total = ATTENDEE_PAGE_SIZE + 6;
    for (let i = 0; i < total; i++) {
      await createRegistration(event, registrationInput({ lastName: NAMES[i % NAMES.length]!, firstName: `P${i}` }));
    }
    const first = await page(event.id, { sort: 'name' }, 0);
    const second = await page(event.id, { sort: 'name' }, ATTENDEE_PAGE_SIZE);
    expect(first).toHaveLength(ATTENDEE_PAGE_SIZE);
    expect(second).toHaveLength(6);
    const ids = await db.$queryRaw<{ id: string }[]>(
      attendeePageSql(event.id, { ...DEFAULT_ATTENDEE_FILTERS, sort: 'name' }, 0),
    );
    const idsNext = await db.$queryRaw<{ id: string }[]>(
      attendeePageSql(event.id, { ...DEFAULT_ATTENDEE_FILTERS, sort: 'name' }, ATTENDEE_PAGE_SIZE),
    );
    expect(new Set([...ids, ...idsNext].map((r) => r.id)).size).toBe(total);
    // Every Öztürk comes after every Ott and before every Weiß, on whichever page it lands.
    const all = [...first, ...second];
    expect(all.lastIndexOf('Ott')).toBeLessThan(all.indexOf('Öztürk'));
    expect(all.lastIndexOf('Öztürk')).toBeLessThan(all.indexOf('Weiß'));
  });
});
