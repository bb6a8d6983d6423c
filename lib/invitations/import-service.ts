import { createHash } from 'node:crypto';
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { readImportFile } from './import-file';
import { type CheckedRow, checkRows, type ImportInvitee, type RowProblem } from './import-rows';
import { generateInvitationToken } from './token';

// The preview is not stored: confirming uploads the same file again, and the server reads and checks it anew.
// Nothing the browser says about the rows is trusted, "already invited" is re-checked at the moment of storing,
// and no half-finished import can linger. The file's SHA-256 from the preview must match, so the organizer
// stores exactly what they were shown (a changed file is refused, and needs a new preview).

/** Rows of a preview sent to the page: every row with a problem (up to this many) and a sample of the good ones. */
const SHOWN_PROBLEMS = 500;
const SHOWN_VALID = 10;

export interface ImportPreview {
  fileHash: string;
  total: number;
  valid: number;
  invalid: number;
  problemRows: { line: number; email: string; name: string; problems: RowProblem[] }[];
  sample: { line: number; email: string; name: string; organization: string | null }[];
}

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function checkAgainstEvent(eventId: string, rows: CheckedRow[]): Promise<CheckedRow[]> {
  const emails = [...new Set(rows.filter((r) => r.problems.length === 0).map((r) => r.invitee.email))];
  if (emails.length === 0) return rows;
  const [invited, registered] = await Promise.all([
    db.invitation.findMany({ where: { eventId, email: { in: emails } }, select: { email: true } }),
    db.registration.findMany({
      where: { eventId, email: { in: emails }, status: { notIn: ['cancelled', 'rejected'] } },
      select: { email: true },
    }),
  ]);
  const invitedSet = new Set(invited.map((i) => i.email));
  const registeredSet = new Set(registered.map((r) => r.email));
  return rows.map((row) => {
    if (row.problems.length > 0) return row;
    if (registeredSet.has(row.invitee.email)) return { ...row, problems: ['alreadyRegistered'] };
    if (invitedSet.has(row.invitee.email)) return { ...row, problems: ['alreadyInvited'] };
    return row;
  });
}

async function requireEvent(eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, anonymizedAt: true } });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
}

async function checkFile(eventId: string, bytes: Uint8Array): Promise<CheckedRow[]> {
  await requireEvent(eventId);
  return checkAgainstEvent(eventId, checkRows(await readImportFile(bytes)));
}

const nameOf = (i: ImportInvitee) => [i.firstName, i.lastName].filter(Boolean).join(' ');

/** Reads and checks the file against the event; stores nothing. */
export async function previewImport(eventId: string, bytes: Uint8Array): Promise<ImportPreview> {
  const rows = await checkFile(eventId, bytes);
  const bad = rows.filter((r) => r.problems.length > 0);
  const good = rows.filter((r) => r.problems.length === 0);
  return {
    fileHash: fileHash(bytes),
    total: rows.length,
    valid: good.length,
    invalid: bad.length,
    problemRows: bad.slice(0, SHOWN_PROBLEMS).map((r) => ({
      line: r.line,
      email: r.invitee.email,
      name: nameOf(r.invitee),
      problems: r.problems,
    })),
    sample: good.slice(0, SHOWN_VALID).map((r) => ({
      line: r.line,
      email: r.invitee.email,
      name: nameOf(r.invitee),
      organization: r.invitee.organization,
    })),
  };
}

/**
 * Stores the file's good rows as invitations (each with its own token), in one transaction with the audit entry.
 * The unique [eventId, email] with ON CONFLICT DO NOTHING makes a second import of the same file, or two
 * organizers importing at once, add nobody twice. Returns how many were added.
 */
export async function confirmImport(
  eventId: string,
  bytes: Uint8Array,
  expectedHash: string,
  actor: string,
): Promise<{ added: number; skipped: number }> {
  if (fileHash(bytes) !== expectedHash) throw new AppError('CONFLICT', 'importFileChanged');
  const rows = await checkFile(eventId, bytes);
  const good = rows.filter((r) => r.problems.length === 0).map((r) => r.invitee);
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.invitation.createMany({
        data: good.map((invitee) => ({ ...invitee, eventId, token: generateInvitationToken(), createdBy: actor })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actor,
        action: 'invitation.import',
        eventId,
        summary: `${count} Einladung(en) importiert, ${rows.length - count} Zeile(n) übersprungen.`,
        details: { added: count, rows: rows.length },
      });
      return { added: count, skipped: rows.length - count };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
