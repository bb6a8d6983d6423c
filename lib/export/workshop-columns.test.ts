import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDEE_FILTERS } from '@/lib/attendees/filters';
import { createTestEvent } from '@/test/factories';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { DEFAULT_COLUMN_KEYS, defaultColumnKeys, workshopsText } from './columns';
import { startAttendeeExport } from './service';

async function csvRows(slug: string, columnKeys: string[] = [], mode?: 'onsite' | 'online') {
  const filters = { ...DEFAULT_ATTENDEE_FILTERS, mode };
  const { body } = await startAttendeeExport({ format: 'csv', slug, filters, columnKeys, actor: 'test@example.test' });
  const text = await new Response(body).text();
  return parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
}

describe('mode and workshops columns', () => {
  it('are defaults only on events that use them, so plain exports keep their columns', () => {
    expect(DEFAULT_COLUMN_KEYS).not.toContain('mode');
    expect(DEFAULT_COLUMN_KEYS).not.toContain('workshops');
    expect(defaultColumnKeys({ modes: true, workshops: false })).toContain('mode');
    expect(defaultColumnKeys({ modes: false, workshops: true })).toEqual([...DEFAULT_COLUMN_KEYS, 'workshops']);
  });

  it('marks waitlisted workshops', () => {
    expect(
      workshopsText([
        { title: 'KI im Amt', status: 'confirmed' },
        { title: 'Open Data', status: 'waitlisted' },
      ]),
    ).toBe('KI im Amt; Open Data (Warteliste)');
    expect(workshopsText(undefined)).toBe('');
  });

  it('exports each person’s mode and sessions in time order, without dropped ones, and filters by mode', async () => {
    const event = await createTestEvent({ attendanceFormat: 'hybrid' });
    const late = await createBookableSession(event, { title: 'Open Data', fromHour: 3 });
    const early = await createBookableSession(event, { title: 'KI im Amt', fromHour: 1 });
    const dropped = await createBookableSession(event, { title: 'Abgesagt', fromHour: 5 });
    const anna = await createPerson(event.id, { firstName: 'Anna', lastName: 'Adler' });
    await createPerson(event.id, { firstName: 'Ben', lastName: 'Bach', mode: 'online' });
    await book(anna, late.id, 'waitlisted');
    await book(anna, early.id, 'confirmed');
    await book(anna, dropped.id, 'cancelled');

    const rows = await csvRows(event.slug);
    const header = rows[0]!;
    expect(header.slice(-2)).toEqual(['Teilnahme', 'Workshops']);
    const byName = new Map(rows.slice(1).map((r) => [r[header.indexOf('Nachname')], r]));
    expect(byName.get('Adler')!.slice(-2)).toEqual(['vor Ort', 'KI im Amt; Open Data (Warteliste)']);
    expect(byName.get('Bach')!.slice(-2)).toEqual(['online', '']);

    const online = await csvRows(event.slug, ['lastName', 'mode'], 'online');
    expect(online).toEqual([
      ['Nachname', 'Teilnahme'],
      ['Bach', 'online'],
    ]);
  });
});
