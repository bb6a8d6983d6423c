import { stringify } from 'csv-stringify/sync';
import { EVENT_TIME_ZONE } from '@/lib/format';
import { answerOf, formatAnswer } from '@/lib/questions/format';
import type { QuestionDefinition } from '@/lib/questions/schema';

export type AttendeeStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** One registration as the CSV export needs it. */
export interface AttendeeExportRow {
  id: string;
  salutation: string | null;
  title: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organization: string | null;
  position: string | null;
  sector: string | null;
  state: string | null;
  status: AttendeeStatus;
  createdAt: Date;
  checkedInAt: Date | null;
  ticketCode: string;
  answers: unknown;
}

/** A custom question as an export column. */
export type ExportQuestion = Pick<QuestionDefinition, 'id' | 'labelDe' | 'type' | 'options'> & { archived?: boolean };

/** Header row of the attendee export, in column order. */
export const ATTENDEE_CSV_COLUMNS = [
  'Anrede', 'Titel', 'Vorname', 'Nachname', 'E-Mail', 'Organisation', 'Funktion/Position',
  'Bereich', 'Bundesland', 'Status', 'Angemeldet am', 'Eingecheckt am', 'Ticket-Code',
] as const;

/** Status labels as they appear in the CSV. */
export const STATUS_LABELS: Record<AttendeeStatus, string> = {
  confirmed: 'bestätigt',
  waitlisted: 'Warteliste',
  cancelled: 'storniert',
};

const BOM = '\uFEFF';
// Excel (German locale) expects ";" and CRLF; a BOM makes it read UTF-8 instead of Windows-1252.
const CSV_OPTIONS = { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
// OWASP "CSV injection": these leading characters make spreadsheets evaluate a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote to a cell that a spreadsheet would otherwise treat as a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  timeZone: EVENT_TIME_ZONE,
});

/** "03.04.2025 09:00" in Europe/Berlin, the format Excel recognises as a date. */
export function formatCsvDateTime(date: Date | null): string {
  return date ? dateTimeFormat.format(date).replace(',', '') : '';
}

/** The cells of one attendee: ATTENDEE_CSV_COLUMNS, then one per question, already neutralised. */
export function attendeeCsvRow(r: AttendeeExportRow, questions: readonly ExportQuestion[] = []): string[] {
  return [
    r.salutation, r.title, r.firstName, r.lastName, r.email, r.organization, r.position, r.sector, r.state,
    STATUS_LABELS[r.status], formatCsvDateTime(r.createdAt), formatCsvDateTime(r.checkedInAt), r.ticketCode,
    ...questions.map((q) => formatAnswer(q, answerOf(r.answers, q.id))),
  ].map((cell) => neutralizeCell(cell ?? ''));
}

/** The BOM plus the header record, with one column per custom question. */
export function attendeeCsvHeader(questions: readonly ExportQuestion[] = []): string {
  const labels = questions.map((q) => (q.archived ? `${q.labelDe} (archiviert)` : q.labelDe));
  return BOM + stringify([[...ATTENDEE_CSV_COLUMNS, ...labels].map(neutralizeCell)], CSV_OPTIONS);
}

/** CSV records (no header) for a batch of attendees. */
export function attendeeCsvRecords(rows: readonly AttendeeExportRow[], questions: readonly ExportQuestion[] = []): string {
  return rows.length ? stringify(rows.map((r) => attendeeCsvRow(r, questions)), CSV_OPTIONS) : '';
}

/** Streams the CSV (BOM, header, then one chunk per batch), pulling the next batch only when the reader wants it. */
export function attendeeCsvStream(
  batches: AsyncIterable<readonly AttendeeExportRow[]>,
  questions: readonly ExportQuestion[] = [],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(attendeeCsvHeader(questions)));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(attendeeCsvRecords(next.value, questions)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
