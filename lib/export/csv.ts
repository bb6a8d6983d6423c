import { stringify } from 'csv-stringify/sync';
import { EVENT_TIME_ZONE } from '@/lib/format';
import type { AttendeeExportRow, Cell, ExportColumn } from './columns';

const BOM = '\uFEFF';
// Excel (German locale) expects ";" and CRLF; a BOM makes it read UTF-8 instead of Windows-1252.
const CSV_OPTIONS = { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
// OWASP "CSV injection": these leading characters make spreadsheets evaluate a cell as a formula
// (tab and CR because some programs strip them first; NUL because some truncate at it).
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Prefixes a single quote to a cell that a spreadsheet would otherwise treat as a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: EVENT_TIME_ZONE,
});

// Intl formatting costs microseconds per call, and an export formats two dates per row: the text only
// changes per minute, so recent minutes are remembered (bounded, so a long export cannot grow it).
const minuteTexts = new Map<number, string>();

/** "03.04.2025 09:00" in Europe/Berlin, the format Excel recognises as a date. */
export function formatCsvDateTime(date: Date | null): string {
  if (!date) return '';
  const minute = Math.floor(date.getTime() / 60_000);
  let text = minuteTexts.get(minute);
  if (text === undefined) {
    text = dateTimeFormat.format(date).replace(',', '');
    if (minuteTexts.size >= 10_000) minuteTexts.clear();
    minuteTexts.set(minute, text);
  }
  return text;
}

const numberFormat = new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: 10 });

/** A typed cell as CSV text: German date and decimal comma, so Excel reads them as dates and numbers. */
export function csvCellText(cell: Cell): string {
  if (cell.kind === 'date') return formatCsvDateTime(cell.value);
  if (cell.kind === 'number') return cell.value === null ? '' : numberFormat.format(cell.value);
  return neutralizeCell(cell.value);
}

/** The cells of one attendee in column order, already neutralised. */
export function attendeeCsvRow(row: AttendeeExportRow, columns: readonly ExportColumn[]): string[] {
  return columns.map((c) => csvCellText(c.cell(row)));
}

/** The BOM plus the header record. */
export function attendeeCsvHeader(columns: readonly ExportColumn[]): string {
  return BOM + stringify([columns.map((c) => neutralizeCell(c.label))], CSV_OPTIONS);
}

/** CSV records (no header) for a batch of attendees. */
export function attendeeCsvRecords(rows: readonly AttendeeExportRow[], columns: readonly ExportColumn[]): string {
  return rows.length
    ? stringify(
        rows.map((r) => attendeeCsvRow(r, columns)),
        CSV_OPTIONS,
      )
    : '';
}

/** Streams the CSV (BOM, header, then one chunk per batch), pulling the next batch only when the reader wants it. */
export function attendeeCsvStream(
  batches: AsyncIterable<readonly AttendeeExportRow[]>,
  columns: readonly ExportColumn[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(attendeeCsvHeader(columns)));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(attendeeCsvRecords(next.value, columns)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A whole small CSV document (BOM, header, records) from typed cells, formatted exactly like the attendee export. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const records = rows.map((cells) => cells.map(csvCellText));
  return BOM + stringify([header.map(neutralizeCell), ...records], CSV_OPTIONS);
}
