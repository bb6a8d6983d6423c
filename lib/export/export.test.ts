import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENDEE_FILTERS } from '@/lib/attendees/filters';
import { getEventQuestions } from '@/lib/questions/queries';
import { createQuestion } from '@/lib/questions/service';
import { buildRegistrationSchema } from '@/lib/registrations/schema';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { startAttendeeExport, type ExportFormat } from './service';

const ACTOR = 'export-test@example.test';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) parts.push(chunk);
  return Buffer.concat(parts);
}

async function setup() {
  const event = await createTestEvent();
  const lunch = await createQuestion(event.id, {
    type: 'singleChoice',
    labelDe: 'Mittagessen',
    options: [
      { value: 'veg', de: 'Vegetarisch' },
      { value: 'meat', de: 'Fleisch' },
    ],
  });
  const guests = await createQuestion(event.id, { type: 'number', labelDe: 'Begleitpersonen' });
  const note = await createQuestion(event.id, { type: 'longText', labelDe: 'Hinweis' });
  const schema = buildRegistrationSchema(await getEventQuestions(event.id));
  const add = (first: string, last: string, extra: Record<string, unknown>, answers: Record<string, unknown>) =>
    createRegistration(
      event,
      schema.parse({
        ...registrationInput({ firstName: first, lastName: last }),
        ...extra,
        answers,
        consents: { privacy: true },
      }),
    );
  const a = await add('=1+1', 'Aaron', { organization: '+x', position: '-x' }, { [lunch.id]: 'veg', [guests.id]: 2 });
  const b = await add('Jörg', 'Bäcker', { organization: '@x', sector: 'Verwaltung' }, {});
  // The form trims answers; stored data from elsewhere (SQL, an import) may still start with a tab or CR.
  await db.registration.update({
    where: { id: a.id },
    data: { answers: { [lunch.id]: 'veg', [guests.id]: 2, [note.id]: '\tTab' } },
  });
  await db.registration.update({ where: { id: b.id }, data: { answers: { [note.id]: '\rCR' } } });
  await add('Zoë', 'Çelik', { organization: 'Straße & Söhne; GmbH' }, { [lunch.id]: 'meat', [guests.id]: 0 });
  return { event, lunch, guests, note };
}

const run = async (slug: string, format: ExportFormat, columnKeys: string[] = [], filters = DEFAULT_ATTENDEE_FILTERS) =>
  readAll((await startAttendeeExport({ format, slug, filters, columnKeys, actor: ACTOR })).body);

describe('attendee exports', () => {
  it('CSV: BOM, ;, CRLF, chosen columns in order, neutralised cells, German dates', async () => {
    const { event, lunch, guests, note } = await setup();
    const cols = [
      'firstName',
      'lastName',
      'organization',
      'position',
      'createdAt',
      `q:${lunch.id}`,
      `q:${guests.id}`,
      `q:${note.id}`,
    ];
    const bytes = await run(event.slug, 'csv', cols);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(5);
    const rows: string[][] = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(rows[0]).toEqual([
      'Vorname',
      'Nachname',
      'Organisation',
      'Funktion/Position',
      'Angemeldet am',
      'Mittagessen',
      'Begleitpersonen',
      'Hinweis',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(["'=1+1", 'Aaron', "'+x", "'-x"]);
    expect(rows[1]![4]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(rows[1]!.slice(5)).toEqual(['Vegetarisch', '2', "'\tTab"]);
    expect(rows[2]!.slice(0, 3)).toEqual(['Jörg', 'Bäcker', "'@x"]);
    expect(rows[2]![7]).toBe("'\rCR");
    expect(rows[3]!.slice(0, 3)).toEqual(['Zoë', 'Çelik', 'Straße & Söhne; GmbH']);
    expect(rows[3]!.slice(5, 7)).toEqual(['Fleisch', '0']);
  });

  it('XLSX: typed dates and numbers, frozen and autofiltered header, umlauts, neutralised text', async () => {
    const { event, lunch, guests, note } = await setup();
    const cols = [
      'firstName',
      'lastName',
      'organization',
      'position',
      'createdAt',
      `q:${lunch.id}`,
      `q:${guests.id}`,
      `q:${note.id}`,
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await run(event.slug, 'xlsx', cols)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Teilnehmende')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H1');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Vorname',
      'Nachname',
      'Organisation',
      'Funktion/Position',
      'Angemeldet am',
      'Mittagessen',
      'Begleitpersonen',
      'Hinweis',
    ]);
    const first = sheet.getRow(2);
    expect([1, 2, 3, 4].map((i) => first.getCell(i).value)).toEqual(["'=1+1", 'Aaron', "'+x", "'-x"]);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(5).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(first.getCell(7).value).toBe(2);
    expect(first.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(8).value).toBe("'\tTab");
    // XML parsers turn a raw CR into LF; what matters is the quote in front.
    expect(sheet.getRow(3).getCell(8).value).toMatch(/^'[\r\n]CR$/);
    expect(sheet.getRow(4).getCell(2).value).toBe('Çelik');
    expect(sheet.getRow(4).getCell(7).value).toBe(0);
  });

  it('JSON: one object per attendee with ISO dates and numbers, honouring the filters', async () => {
    const { event, guests } = await setup();
    const all = JSON.parse(
      (await run(event.slug, 'json', ['lastName', 'createdAt', 'checkedInAt', `q:${guests.id}`])).toString('utf8'),
    );
    expect(all).toHaveLength(3);
    expect(all[0]).toEqual({
      lastName: 'Aaron',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      checkedInAt: null,
      [`q:${guests.id}`]: 2,
    });
    const filtered = JSON.parse(
      (await run(event.slug, 'json', ['lastName'], { ...DEFAULT_ATTENDEE_FILTERS, q: 'baecker' })).toString('utf8'),
    );
    expect(filtered).toEqual([{ lastName: 'Bäcker' }]);
    const none = JSON.parse(
      (await run(event.slug, 'json', [], { ...DEFAULT_ATTENDEE_FILTERS, sector: 'Politik' })).toString('utf8'),
    );
    expect(none).toEqual([]);
  });

  it('writes one audit entry per export when the stream ends, with filters, columns and the row count', async () => {
    const { event } = await setup();
    await run(event.slug, 'csv', ['lastName'], { ...DEFAULT_ATTENDEE_FILTERS, sector: 'Verwaltung', q: 'Bäcker' });
    await run(event.slug, 'xlsx');
    await run(event.slug, 'json');
    const entries = await db.auditLog.findMany({ where: { eventId: event.id, actor: ACTOR }, orderBy: { at: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['export.csv', 'export.xlsx', 'export.json']);
    expect(entries[0]!.details).toMatchObject({
      rows: 1,
      completed: true,
      filters: 'sector=Verwaltung',
      search: true,
      columns: ['lastName'],
    });
    // The search text may be a name: it is not stored.
    expect(JSON.stringify(entries[0])).not.toContain('Bäcker');
    expect(entries[1]!.details).toMatchObject({ rows: 3, completed: true });
  });

  it('refuses unknown columns and unknown events', async () => {
    const { event } = await setup();
    await expect(
      startAttendeeExport({
        format: 'csv',
        slug: event.slug,
        filters: DEFAULT_ATTENDEE_FILTERS,
        columnKeys: ['password'],
        actor: ACTOR,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      startAttendeeExport({
        format: 'csv',
        slug: 'no-such-event',
        filters: DEFAULT_ATTENDEE_FILTERS,
        columnKeys: [],
        actor: ACTOR,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
