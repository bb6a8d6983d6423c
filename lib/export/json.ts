import type { AttendeeExportRow, Cell, ExportColumn } from './columns';

const jsonValue = (cell: Cell): string | number | null =>
  cell.kind === 'date' ? (cell.value?.toISOString() ?? null) : cell.kind === 'number' ? cell.value : cell.value;

/** One attendee as a JSON object keyed by column key (dates as ISO 8601, numbers as numbers, no neutralising). */
export function attendeeJsonObject(
  row: AttendeeExportRow,
  columns: readonly ExportColumn[],
): Record<string, string | number | null> {
  return Object.fromEntries(columns.map((c) => [c.key, jsonValue(c.cell(row))]));
}

/** Streams `[{…},{…}]`, one batch per chunk, pulling the next batch only when the reader wants it. */
export function attendeeJsonStream(
  batches: AsyncIterable<readonly AttendeeExportRow[]>,
  columns: readonly ExportColumn[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let first = true;
  let opened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!opened) {
        opened = true;
        controller.enqueue(encoder.encode('['));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(']\n'));
        controller.close();
        return;
      }
      const body = next.value.map((r) => JSON.stringify(attendeeJsonObject(r, columns))).join(',\n');
      if (!body) return;
      controller.enqueue(encoder.encode((first ? '\n' : ',\n') + body));
      first = false;
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
