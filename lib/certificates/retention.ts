import type { Tx } from '@/lib/server/db';

/**
 * Anonymises the certificates of these registrations, or of a whole event (also those whose registration was
 * deleted): the holder's name goes, anonymizedAt is set; id, facts about the event and the signature stay, so the
 * verify page can still say that the certificate existed. Returns how many changed.
 */
export async function anonymiseCertificates(
  tx: Tx,
  scope: { registrationIds: string[] } | { eventId: string },
  now: Date,
): Promise<number> {
  const where = 'eventId' in scope ? { eventId: scope.eventId } : { registrationId: { in: scope.registrationIds } };
  const { count } = await tx.certificate.updateMany({
    where: { ...where, anonymizedAt: null },
    data: { holderName: '', anonymizedAt: now },
  });
  return count;
}
