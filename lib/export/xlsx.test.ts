import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { resolveColumns, type AttendeeExportRow, type ExportColumn } from './columns';
import { attendeeXlsxStream, berlinWallClock } from './xlsx';

const row = (firstName: string): AttendeeExportRow => ({
  id: firstName,
  salutation: null,
  title: null,
  firstName,
  lastName: 'Test',
  email: 't@example.test',
  organization: null,
  position: null,
  sector: null,
  state: null,
  status: 'confirmed',
  guestType: 'attendee',
  overCapacity: false,
  createdAt: new Date('2025-04-03T07:00:00Z'),
  checkedInAt: null,
  ticketCode: 'T',
  answers: {},
  mode: 'onsite',
});

async function* batches(rows: AttendeeExportRow[]) {
  yield rows;
}

describe('attendeeXlsxStream', () => {
  it.each(['=1+1', '+x', '-x', '@x', '\tx', '\rx', '\0x'])('neutralises %j as text', async (value) => {
    const columns = resolveColumns(['firstName', 'createdAt'], []) as ExportColumn[];
    const parts: Uint8Array[] = [];
    for await (const chunk of attendeeXlsxStream(
      batches([row(value)]),
      columns,
    ) as unknown as AsyncIterable<Uint8Array>)
      parts.push(chunk);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet(1)!.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value).startsWith("'")).toBe(true);
    // Dates are Berlin wall-clock time: 07:00 UTC is 09:00 in Leipzig in April.
    expect(workbook.getWorksheet(1)!.getRow(2).getCell(2).value).toEqual(new Date('2025-04-03T09:00:00Z'));
  });

  it('shifts dates to Berlin wall-clock time in winter and summer', () => {
    expect(berlinWallClock(new Date('2025-01-15T12:00:00Z'))).toEqual(new Date('2025-01-15T13:00:00Z'));
    expect(berlinWallClock(new Date('2025-07-15T12:00:00Z'))).toEqual(new Date('2025-07-15T14:00:00Z'));
  });
});
