import 'server-only';
import { attendeeFilterQuery, type AttendeeFilters } from '@/lib/attendees/filters';
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { getEventQuestions } from '@/lib/questions/queries';
import { db } from '@/lib/server/db';
import { resolveColumns, type AttendeeExportRow, type ExportColumn } from './columns';
import { attendeeCsvStream } from './csv';
import { attendeeJsonStream } from './json';
import { attendeeExportBatches } from './rows';
import { attendeeXlsxStream } from './xlsx';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const FORMATS: Record<ExportFormat, { contentType: string; stream: typeof attendeeCsvStream }> = {
  csv: { contentType: 'text/csv; charset=utf-8', stream: attendeeCsvStream },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    stream: attendeeXlsxStream,
  },
  json: { contentType: 'application/json; charset=utf-8', stream: attendeeJsonStream },
};

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export interface AttendeeExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/** Counts the rows that pass and, when the batches end (or the download is aborted), records the audit entry. */
async function* audited(
  batches: AsyncIterable<AttendeeExportRow[]>,
  onEnd: (rows: number, completed: boolean) => Promise<void>,
): AsyncGenerator<AttendeeExportRow[]> {
  let rows = 0;
  let completed = false;
  try {
    for await (const batch of batches) {
      rows += batch.length;
      yield batch;
    }
    completed = true;
  } finally {
    await onEnd(rows, completed);
  }
}

/**
 * Starts a streamed export of an event's filtered attendees with the chosen columns. The caller has authorised
 * the actor as organizer; the audit entry (`export.<format>`, filters, columns, row count) is written when the
 * stream finishes, because only then is the count known.
 */
export async function startAttendeeExport(input: {
  format: ExportFormat;
  slug: string;
  filters: AttendeeFilters;
  columnKeys: readonly string[];
  actor: string;
}): Promise<AttendeeExport> {
  const event = await db.event.findUnique({
    where: { slug: input.slug },
    select: { id: true, slug: true, attendanceFormat: true },
  });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  const [questions, bookable] = await Promise.all([
    getEventQuestions(event.id, { includeArchived: true }),
    db.eventSession.count({ where: { eventId: event.id, bookable: true } }),
  ]);
  const facts = { modes: event.attendanceFormat !== 'onsite', workshops: bookable > 0 };
  const resolved = resolveColumns(input.columnKeys, questions, facts);
  if ('unknown' in resolved)
    throw new AppError('INVALID_INPUT', 'unknownColumns', { columns: resolved.unknown.slice(0, 5).join(', ') });
  const columns: ExportColumn[] = resolved;
  const { page: _page, ...filters } = input.filters;
  const withWorkshops = columns.some((c) => c.key === 'workshops');
  const batches = audited(attendeeExportBatches(event.id, filters, { workshops: withWorkshops }), (rows, completed) =>
    recordAudit(db, {
      actor: input.actor,
      action: `export.${input.format}`,
      eventId: event.id,
      summary: `Teilnehmendenliste als ${input.format.toUpperCase()} exportiert (${rows} Zeilen${completed ? '' : ', abgebrochen'}).`,
      // The search text may be a name, so only whether one was used is kept (no personal data in the log).
      details: {
        rows,
        completed,
        filters: attendeeFilterQuery({ ...filters, q: '' }),
        search: filters.q !== '',
        columns: columns.map((c) => c.key),
      },
    }),
  );
  const { contentType, stream } = FORMATS[input.format];
  return {
    filename: `teilnehmende-${event.slug}-${berlinDate.format(new Date())}.${input.format}`,
    contentType,
    body: stream(batches, columns),
  };
}
