import { enqueueMails } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/server/db';

export type InvitationMailKind = 'event_invitation' | 'event_invitation_reminder';

/** Puts one invitation mail (or reminder) per invitee into the outbox, inside the caller's transaction. */
export async function enqueueInvitationMails(
  tx: Tx,
  kind: InvitationMailKind,
  eventId: string,
  invitees: { id: string; email: string }[],
): Promise<number> {
  const ids = await enqueueMails(
    tx,
    invitees.map((i) => ({ kind, recipient: i.email, eventId, invitationId: i.id })),
  );
  return ids.length;
}
