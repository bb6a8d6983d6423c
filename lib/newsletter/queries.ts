import 'server-only';
import { isLinkToken } from '@/lib/registrations/tokens';
import { db } from '@/lib/server/db';

/** What the newsletter confirmation page shows for a token, or null (unknown token → 404). */
export async function getNewsletterRequest(token: string) {
  if (!isLinkToken(token)) return null;
  const row = await db.registration.findUnique({
    where: { newsletterToken: token },
    select: {
      newsletterRequestedAt: true,
      newsletterConfirmedAt: true,
      locale: true,
      event: { select: { title: true } },
    },
  });
  if (!row?.newsletterRequestedAt) return null;
  return {
    requestedAt: row.newsletterRequestedAt,
    confirmedAt: row.newsletterConfirmedAt,
    eventTitle: row.event.title,
  };
}

export type NewsletterRequest = NonNullable<Awaited<ReturnType<typeof getNewsletterRequest>>>;
