import type { Prisma } from '@/lib/generated/prisma/client';
import type { db, Tx } from '@/lib/server/db';

export interface AuditEntry {
  /** The acting user's e-mail, or "system" for scheduled jobs. */
  actor: string;
  /** Dotted verb: "auth.sign-in", "event.update", "registration.cancel", "export.csv", "message.send", "checkin.undo", … */
  action: string;
  eventId?: string | null;
  registrationId?: string | null;
  /** One German sentence for the audit view; no personal data beyond ids (names are anonymised later, this row is not). */
  summary: string;
  details?: Prisma.InputJsonObject;
}

/** Appends one entry to the audit log; pass the transaction of the change it records, so both commit together. */
export async function recordAudit(client: Tx | typeof db, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      eventId: entry.eventId ?? null,
      registrationId: entry.registrationId ?? null,
      summary: entry.summary,
      details: entry.details ?? {},
    },
  });
}
