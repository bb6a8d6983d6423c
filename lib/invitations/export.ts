import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { formatCsvDateTime, neutralizeCell } from '@/lib/export/csv';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { downloadHeaders } from '@/lib/server/download';
import { db } from '@/lib/server/db';
import { invitationRowSelect, invitationWhere, type InvitationRow } from './queries';
import { parseInvitationFilters } from './schema';

// Like the attendee export (lib/export/csv.ts): ";" and CRLF for German Excel, a BOM so it reads UTF-8, and every
// text cell neutralised, because imported names may start with "=", "+", "-" or "@".
const CSV_OPTIONS = { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
const BOM = '\uFEFF';

const HEADER = [
  'Anrede',
  'Titel',
  'Vorname',
  'Nachname',
  'E-Mail',
  'Organisation',
  'Funktion',
  'Sprache',
  'Status',
  'Eingeladen am',
  'Geöffnet am',
  'Angemeldet am',
  'Abgesagt am',
  'Nachricht zur Absage',
  'Erinnerungen',
  'Zuletzt erinnert',
];

const statuses = getDictionary('de').invitations.statuses;

export function invitationCsvRow(r: InvitationRow): string[] {
  const text = [r.salutation, r.title, r.firstName, r.lastName, r.email, r.organization, r.position, r.locale];
  return [
    ...text.map((v) => neutralizeCell(v ?? '')),
    statuses[r.status],
    formatCsvDateTime(r.invitedAt),
    formatCsvDateTime(r.openedAt),
    formatCsvDateTime(r.registeredAt),
    formatCsvDateTime(r.declinedAt),
    neutralizeCell(r.declineNote ?? ''),
    String(r.reminderCount),
    formatCsvDateTime(r.lastRemindedAt),
  ];
}

export function invitationCsv(rows: InvitationRow[]): string {
  return BOM + stringify([HEADER, ...rows.map(invitationCsvRow)], CSV_OPTIONS);
}

/** The (filtered) invitation list of an event as a CSV download, recorded in the audit log. */
export async function invitationExportDownload(slug: string, search: URLSearchParams, actor: string) {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  const filters = parseInvitationFilters(Object.fromEntries(search));
  const rows = await db.invitation.findMany({
    where: invitationWhere(event.id, filters),
    select: invitationRowSelect,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  });
  await recordAudit(db, {
    actor,
    action: 'invitation.export',
    eventId: event.id,
    summary: `Einladungsliste exportiert (${rows.length} Zeilen, CSV).`,
    details: { rows: rows.length, status: filters.status ?? null },
  });
  return new Response(invitationCsv(rows), {
    headers: downloadHeaders(`einladungen-${event.slug}.csv`, 'text/csv; charset=utf-8'),
  });
}
