import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { decodeText, detectDelimiter, IMPORT_MAX_BYTES, readImportFile } from './import-file';
import { checkRows, mapColumns } from './import-rows';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

// Windows-1252 as Excel writes "CSV (Trennzeichen-getrennt)" on German Windows: ü = 0xFC, ß = 0xDF, – = 0x96.
function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { ü: 0xfc, ö: 0xf6, ä: 0xe4, ß: 0xdf, Ü: 0xdc, '–': 0x96, é: 0xe9 };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readImportFile(bytes);
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.key}`;
    throw error;
  }
  throw new Error('not refused');
}

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Gäste');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const GERMAN = 'Anrede;Titel;Vorname;Nachname;E-Mail;Organisation;Funktion\r\n';

describe('readImportFile: encodings and delimiters', () => {
  it('reads UTF-8 with a BOM and semicolons, and drops the BOM from the first header', async () => {
    const table = await readImportFile(
      Uint8Array.from([...BOM, ...utf8(`${GERMAN}Frau;Dr.;Jürgen;Weiß;j.weiss@example.test;Staatskanzlei;CIO\r\n`)]),
    );
    expect(table.header[0]).toBe('Anrede');
    expect(table.rows).toEqual([
      { line: 2, cells: ['Frau', 'Dr.', 'Jürgen', 'Weiß', 'j.weiss@example.test', 'Staatskanzlei', 'CIO'] },
    ]);
  });

  it('reads UTF-8 without a BOM and commas, with a quoted comma inside a cell', async () => {
    const table = await readImportFile(
      utf8('First name,Last name,Email,Organization\nAnna,Groß,a@example.test,"Stadt, Leipzig"\n'),
    );
    expect(table.rows[0]?.cells).toEqual(['Anna', 'Groß', 'a@example.test', 'Stadt, Leipzig']);
  });

  it('reads Windows-1252 as Excel writes it', async () => {
    const table = await readImportFile(
      cp1252(`${GERMAN}Herr;;Jürgen;Müßig;m@example.test;Ministerium – Referat 1;\r\n`),
    );
    expect(table.rows[0]?.cells.slice(2, 6)).toEqual(['Jürgen', 'Müßig', 'm@example.test', 'Ministerium – Referat 1']);
  });

  it('detects the delimiter from the header line, not from commas inside quotes', () => {
    expect(detectDelimiter('Vorname;Nachname;"E-Mail, dienstlich"\n')).toBe(';');
    expect(detectDelimiter('Vorname,Nachname,E-Mail\n')).toBe(',');
    expect(decodeText(Uint8Array.from([...BOM, ...utf8('ä')]))).toBe('ä');
  });

  it('skips the blank rows Excel writes as ";;;;"', async () => {
    const table = await readImportFile(utf8(`${GERMAN};;;;;;\r\nFrau;;A;B;a@example.test;;\r\n`));
    expect(table.rows.map((r) => r.line)).toEqual([3]);
  });

  it('reads the first sheet of an XLSX workbook, formulas as their text', async () => {
    const bytes = await xlsx([
      ['Vorname', 'Nachname', 'E-Mail'],
      ['Eva', 'Schulz', 'eva@example.test'],
      ['Max', { formula: 'HYPERLINK("http://evil.test","x")', result: 'x' }, 'max@example.test'],
    ]);
    const table = await readImportFile(bytes);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Eva', 'Schulz', 'eva@example.test'],
      ['Max', '=HYPERLINK("http://evil.test","x")', 'max@example.test'],
    ]);
  });
});

describe('readImportFile: refusals', () => {
  it('refuses a file over 5 MB', async () => {
    expect(await refusal(new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x41))).toBe('413 importTooLarge');
  });

  it('refuses a binary file renamed .csv (a PNG) and an old .xls', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await refusal(png)).toBe('415 importBinary');
    expect(await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('415 importOldExcel');
  });

  it('refuses 20,000 rows (limit 10,000), in CSV and XLSX', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `A;B;p${i}@example.test`);
    expect(await refusal(utf8(`Vorname;Nachname;E-Mail\n${lines.join('\n')}\n`))).toBe('413 importTooManyRows');
    const rows = Array.from({ length: 10_001 }, (_, i) => ['A', 'B', `p${i}@example.test`]);
    expect(await refusal(await xlsx([['Vorname', 'Nachname', 'E-Mail'], ...rows]))).toBe('413 importTooManyRows');
  });

  it('accepts exactly 10,000 rows', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `A;B;p${i}@example.test`);
    expect((await readImportFile(utf8(`Vorname;Nachname;E-Mail\n${lines.join('\n')}\n`))).rows).toHaveLength(10_000);
  });

  it('refuses an empty file and one with a header only', async () => {
    expect(await refusal(new Uint8Array())).toBe('400 importEmpty');
    expect(await refusal(utf8(GERMAN))).toBe('400 importEmpty');
  });
});

describe('checkRows', () => {
  it('matches German and English headers, in any order and spelling', () => {
    expect(mapColumns(['E-Mail', 'Nachname', 'VORNAME', 'Organisation'])).toEqual({
      email: 0,
      lastName: 1,
      firstName: 2,
      organization: 3,
    });
    expect(
      mapColumns(['Salutation', 'Title', 'First name', 'Last_name', 'e-mail', 'Organization', 'Position']),
    ).toEqual({ salutation: 0, title: 1, firstName: 2, lastName: 3, email: 4, organization: 5, position: 6 });
  });

  it('names each bad row: missing or invalid address, missing surname, duplicate in the file', () => {
    const rows = checkRows({
      header: ['Vorname', 'Nachname', 'E-Mail'],
      rows: [
        { line: 2, cells: ['A', 'Eins', 'eins@example.test'] },
        { line: 3, cells: ['B', 'Zwei', ''] },
        { line: 4, cells: ['C', 'Drei', 'kein-at-zeichen'] },
        { line: 5, cells: ['D', '', 'vier@example.test'] },
        { line: 6, cells: ['E', 'Eins', 'EINS@example.test '] },
      ],
    });
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [3, ['emailMissing']],
      [4, ['emailInvalid']],
      [5, ['lastNameMissing']],
      [6, ['duplicateInFile']],
    ]);
  });

  it('keeps formula-looking cells as text and maps the Anrede', () => {
    const [row] = checkRows({
      header: ['Anrede', 'Vorname', 'Nachname', 'E-Mail', 'Organisation', 'Sprache'],
      rows: [{ line: 2, cells: ['Mrs', '=1+1', '@SUM(A1)', 'f@example.test', '+49 Org', 'English'] }],
    });
    expect(row?.invitee).toMatchObject({
      salutation: 'Frau',
      firstName: '=1+1',
      lastName: '@SUM(A1)',
      organization: '+49 Org',
      locale: 'en',
    });
  });

  it('refuses a file without an e-mail column', () => {
    expect(() => checkRows({ header: ['Vorname', 'Nachname'], rows: [{ line: 2, cells: ['A', 'B'] }] })).toThrow(
      /E-Mail/,
    );
  });
});
