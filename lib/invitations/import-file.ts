import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { AppError } from '@/lib/errors';

// Reading an uploaded invitee list into rows of text: format detection, encodings, delimiters and the limits.
// Checking the rows (addresses, duplicates) is import-rows.ts; nothing here touches the database.

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;

/** A sheet as text: the header cells and the data rows, each with its line (row number in the spreadsheet). */
export interface ImportTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const tooManyRows = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'importTooManyRows', { max: IMPORT_MAX_ROWS.toLocaleString('de-DE') });

// Text files have no NUL and hardly any control characters; images, PDFs and executables have plenty.
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control > sample.length / 100;
}

/**
 * The file's text: UTF-8 (a BOM is dropped), else Windows-1252, which Excel writes for "CSV (Trennzeichen-getrennt)"
 * on German Windows. Valid UTF-8 is almost never valid-looking Windows-1252 text by accident, so strict UTF-8 first.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF8_BOM)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// iconv-lite, because Node's TextDecoder('windows-1252') here (small ICU) decodes 0x80–0x9F (€, „, –) as C1
// control characters, like Latin-1.
export function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
}

/** `;` (German Excel) or `,`, whichever the header line has more of outside quotes; a tab for "Unicode text". */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  const counts = { ';': count(';'), ',': count(','), '\t': count('\t') } as const;
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

function readCsv(bytes: Uint8Array): ImportTable {
  const text = decodeText(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // The header plus one row too many is enough to know the file is over the limit.
      to: IMPORT_MAX_ROWS + 2,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    throw new AppError('INVALID_INPUT', 'importUnreadable');
  }
  const [header, ...rows] = records;
  return {
    header: header?.record ?? [],
    // Excel writes a blank row as ";;;;": no row at all.
    rows: rows
      .map(({ record, info }) => ({ line: info.lines, cells: record }))
      .filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  };
}

type CellValue = import('exceljs').CellValue;

// Formulas are kept as their text ("=…"), never their result: an import stores what the sheet says, inert.
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new AppError('INVALID_INPUT', 'importUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  if (sheet.actualRowCount > IMPORT_MAX_ROWS + 1) throw tooManyRows();
  const table: ImportTable = { header: [], rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as CellValue[];
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]).trim());
    if (cells.every((c) => c === '')) return;
    if (table.header.length === 0) table.header = cells;
    else table.rows.push({ line, cells });
  });
  return table;
}

/**
 * The uploaded file as a table, by its content (not its name): an XLSX workbook, or delimited text. Refuses a file
 * over 5 MB, anything binary (a picture renamed .csv, an old .xls) and more than 10,000 data rows, each with a
 * message saying so; the caller stores nothing then.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'importTooLarge', { mb: 5 });
  if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', 'importEmpty');
  if (startsWith(bytes, OLE)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'importOldExcel');
  const zip = startsWith(bytes, ZIP);
  if (!zip && looksBinary(bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'importBinary');
  const table = zip ? await readXlsx(bytes) : readCsv(bytes);
  if (table.rows.length > IMPORT_MAX_ROWS) throw tooManyRows();
  if (table.rows.length === 0) throw new AppError('INVALID_INPUT', 'importEmpty');
  return table;
}
