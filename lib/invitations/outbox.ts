import { randomUUID } from 'node:crypto';
import { insertMailJobs } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/server/db';

export type InvitationMailKind = 'event_invitation' | 'event_invitation_reminder';

/**
 * Puts one invitation mail (or reminder) per invitee into the outbox, inside the caller's transaction: the rows
 * carry invitationId, which lib/mail/outbox.ts's enqueueMails does not know, so they are written the same way it
 * writes its rows (OutboxMail rows plus their pg-boss jobs, committed together).
 */
export async function enqueueInvitationMails(
  tx: Tx,
  kind: InvitationMailKind,
  eventId: string,
  invitees: { id: string; email: string }[],
): Promise<number> {
  if (invitees.length === 0) return 0;
  const rows = invitees.map((i) => ({
    id: randomUUID(),
    kind,
    recipient: i.email,
    eventId,
    invitationId: i.id,
    registrationId: null,
  }));
  await tx.outboxMail.createMany({ data: rows });
  await insertMailJobs(tx, rows);
  return rows.length;
}
