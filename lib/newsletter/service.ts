import { isLinkToken } from '@/lib/registrations/tokens';
import { db } from '@/lib/server/db';

export interface NewsletterConfirmation {
  requestedAt: Date;
  confirmedAt: Date;
  /** False when it had been confirmed before (a second click, a reload). */
  newlyConfirmed: boolean;
}

/**
 * Confirms the newsletter subscription of the registration holding this token. Idempotent: the first
 * confirmation time is kept. Null for an unknown or malformed token.
 */
export async function confirmNewsletter(token: string, now = new Date()): Promise<NewsletterConfirmation | null> {
  if (!isLinkToken(token)) return null;
  // Conditional update: two clicks at once cannot both set (and overwrite) the confirmation time.
  const updated = await db.registration.updateMany({
    where: { newsletterToken: token, newsletterConfirmedAt: null, newsletterRequestedAt: { not: null } },
    data: { newsletterConfirmedAt: now },
  });
  const row = await db.registration.findUnique({
    where: { newsletterToken: token },
    select: { newsletterRequestedAt: true, newsletterConfirmedAt: true },
  });
  if (!row?.newsletterRequestedAt || !row.newsletterConfirmedAt) return null;
  return {
    requestedAt: row.newsletterRequestedAt,
    confirmedAt: row.newsletterConfirmedAt,
    newlyConfirmed: updated.count === 1,
  };
}
