import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EVENT_TIME_ZONE } from '@/lib/format';
import type { AttendeeExportRow, Cell, ExportColumn } from './columns';
import { neutralizeCell } from './csv';

// Above this many buffered bytes the producer waits for the reader, so a slow download keeps memory flat.
const HIGH_WATER = 1 << 20;
const DATE_FORMAT = 'dd.mm.yyyy hh:mm';

const berlinParts = new Intl.DateTimeFormat('en-US', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Excel dates have no time zone: write the Berlin wall-clock time, as the organizers read it. */
export function berlinWallClock(date: Date): Date {
  const parts = Object.fromEntries(berlinParts.formatToParts(date).map((p) => [p.type, Number(p.value)]));
  return new Date(
    Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
      date.getUTCMilliseconds(),
    ),
  );
}

function xlsxValue(cell: Cell): string | number | Date | null {
  if (cell.kind === 'date') return cell.value ? berlinWallClock(cell.value) : null;
  if (cell.kind === 'number') return cell.value;
  // Typed as text anyway, but neutralised too: the sheet may be saved as CSV or edited later.
  return cell.value === '' ? null : neutralizeCell(cell.value);
}

async function waitForReader(out: PassThrough): Promise<void> {
  while (out.readableLength > HIGH_WATER && !out.destroyed) await new Promise((r) => setTimeout(r, 5));
}

/**
 * Streams an XLSX workbook (one sheet, header row frozen and autofiltered, dates and numbers typed) with exceljs'
 * streaming writer: each batch is written and committed before the next is read.
 */
export function attendeeXlsxStream(
  batches: AsyncIterable<readonly AttendeeExportRow[]>,
  columns: readonly ExportColumn[],
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Teilnehmende', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    width: Math.min(40, Math.max(12, c.label.length + 2)),
    style: c.key === 'createdAt' || c.key === 'checkedInAt' ? { numFmt: DATE_FORMAT } : {},
  }));
  if (columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const iterator = batches[Symbol.asyncIterator]();
  const produce = async () => {
    const header = sheet.addRow(columns.map((c) => neutralizeCell(c.label)));
    header.font = { bold: true };
    header.commit();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (out.destroyed) return;
      for (const r of next.value) {
        const cells = columns.map((c) => c.cell(r));
        const row = sheet.addRow(cells.map(xlsxValue));
        cells.forEach((cell, i) => {
          if (cell.kind === 'date') row.getCell(i + 1).numFmt = DATE_FORMAT;
        });
        row.commit();
      }
      await waitForReader(out);
    }
    sheet.commit();
    await workbook.commit();
  };
  produce().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  out.on('close', () => void iterator.return?.());
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
