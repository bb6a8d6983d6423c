import 'server-only';
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { Cell } from '@/lib/export/columns';
import { csvDocument } from '@/lib/export/csv';
import { downloadHeaders } from '@/lib/server/download';
import { db } from '@/lib/server/db';
import { type SessionListEntry, sessionEntries } from './list-sql';

/** The columns of a session's CSV, in order (the README lists them). */
export const SESSION_CSV_HEADER = [
  'Nr.',
  'Liste',
  'Platz auf der Warteliste',
  'Anrede',
  'Titel',
  'Vorname',
  'Nachname',
  'E-Mail',
  'Organisation',
  'Angefragt am',
  'Eingecheckt am',
] as const;

const text = (value: string | null): Cell => ({ kind: 'text', value: value ?? '' });
const number = (value: number | null): Cell => ({ kind: 'number', value });
const date = (value: Date | null): Cell => ({ kind: 'date', value });

/** One row per person: the booked ones first (by name), then the waiting list with its position. */
export function sessionCsvRows(entries: readonly SessionListEntry[]): Cell[][] {
  let waitingPosition = 0;
  return entries.map((e, i) => {
    const waiting = e.status === 'waitlisted';
    if (waiting) waitingPosition += 1;
    return [
      number(i + 1),
      text(waiting ? 'Warteliste' : 'gebucht'),
      number(waiting ? waitingPosition : null),
      text(e.salutation),
      text(e.title),
      text(e.firstName),
      text(e.lastName),
      text(e.email),
      text(e.organization),
      date(e.requestedAt),
      date(e.checkedInAt),
    ];
  });
}

const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', dateStyle: 'short' });

/**
 * A bookable session's list as CSV for German Excel (`;`, CRLF, BOM, dates as 03.04.2025 09:00); records
 * `export.session-csv`. The route has authorised `actor` as organizer; an unknown session of the event is 404.
 */
export async function sessionCsvDownload(slug: string, sessionId: string, actor: string): Promise<Response> {
  const session = await db.eventSession.findFirst({
    where: { id: sessionId, bookable: true, event: { slug } },
    select: { id: true, title: true, eventId: true, event: { select: { slug: true } } },
  });
  if (!session) throw new AppError('NOT_FOUND', 'printSessionUnknown');
  const entries = await sessionEntries(session.id);
  await recordAudit(db, {
    actor,
    action: 'export.session-csv',
    eventId: session.eventId,
    summary: `Workshop-Liste „${session.title}“ als CSV exportiert (${entries.length} Zeilen).`,
    details: { sessionId: session.id, rows: entries.length },
  });
  const body = csvDocument(SESSION_CSV_HEADER, sessionCsvRows(entries));
  const filename = `workshop-${session.event.slug}-${session.id}-${berlinDate.format(new Date())}.csv`;
  return new Response(body, { headers: downloadHeaders(filename, 'text/csv; charset=utf-8') });
}
