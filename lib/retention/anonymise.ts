import { anonymiseCertificates } from '@/lib/certificates/retention';
import { Prisma } from '@/lib/generated/prisma/client';
import { generateLinkToken } from '@/lib/registrations/tokens';
import type { Tx } from '@/lib/server/db';

export const ANONYMISED_NAME = 'Anonymisiert';

/** The address an anonymised registration keeps: unique per registration, and undeliverable (.invalid, RFC 2606). */
export function anonymisedEmail(registrationId: string): string {
  return `anonymisiert+${registrationId}@invalid`;
}

/**
 * Removes the personal data of these registrations, keeping what aggregates need (status, dates, guest type,
 * sector, state, choice answers). Free-text answers and an organizer's decision note go; the manage link stops working; mails in the outbox
 * keep only the anonymised address; the join link stops working; their certificates lose the holder's name. Already anonymised registrations are skipped. Returns how many changed.
 */
export async function anonymiseRegistrations(tx: Tx, registrationIds: string[], now: Date): Promise<number> {
  if (registrationIds.length === 0) return 0;
  const ids = await tx.registration.findMany({
    where: { id: { in: registrationIds }, anonymizedAt: null },
    select: { id: true },
  });
  if (ids.length === 0) return 0;
  const idList = ids.map((r) => r.id);
  const tokens = idList.map(() => generateLinkToken());
  const changed = await tx.$executeRaw`
    UPDATE "Registration" r SET
      "firstName" = ${ANONYMISED_NAME}, "lastName" = ${ANONYMISED_NAME},
      "email" = 'anonymisiert+' || r."id" || '@invalid',
      "organization" = NULL, "position" = NULL, "title" = NULL, "salutation" = NULL,
      "answers" = r."answers" - COALESCE((
        SELECT array_agg(q."id") FROM "Question" q WHERE q."eventId" = r."eventId" AND q."type" IN ('text', 'longText')
      ), ARRAY[]::text[]),
      "newsletterToken" = NULL, "manageToken" = t.token, "checkedInBy" = NULL, "decisionNote" = NULL,
      "joinToken" = NULL,
      "anonymizedAt" = ${now}, "updatedAt" = ${now}
    FROM unnest(${idList}::text[], ${tokens}::text[]) AS t(id, token)
    WHERE r."id" = t.id AND r."anonymizedAt" IS NULL`;
  await tx.$executeRaw`
    UPDATE "OutboxMail" SET "recipient" = 'anonymisiert+' || "registrationId" || '@invalid', "lastError" = NULL
    WHERE "registrationId" IN (${Prisma.join(idList)})`;
  await anonymiseCertificates(tx, { registrationIds: idList }, now);
  return changed;
}
