import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';

export interface InvitationSeat {
  id: string;
  /** The invited address: it is the registration's, whatever the form or API body said. */
  email: string;
}

/**
 * The invitation behind a token, for this event only (a token of another event is unknown here: 404). Whether it
 * was used already is decided by the seat statement itself (409 invitationUsed), so two tabs cannot both use it.
 * A declined invitation still registers: people change their minds.
 */
export async function getInvitationSeatOrThrow(eventId: string, token: unknown): Promise<InvitationSeat> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,128}$/.test(token))
    throw new AppError('NOT_FOUND', 'invitationNotFound');
  const invitation = await db.invitation.findFirst({
    where: { token, eventId, anonymizedAt: null },
    select: { id: true, email: true },
  });
  if (!invitation) throw new AppError('NOT_FOUND', 'invitationNotFound');
  return { id: invitation.id, email: invitation.email.trim().toLowerCase() };
}
