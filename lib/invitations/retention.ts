import { ANONYMISED_NAME } from '@/lib/retention/anonymise';
import type { Tx } from '@/lib/server/db';

/**
 * Anonymises an event's invitations together with its registrations: names, address, organisation and the note
 * go, the link stops working (the token becomes one no link has the shape of), the status and its times stay for the counts. Their outbox
 * mails keep only an undeliverable address. Returns how many changed.
 */
export async function anonymiseInvitations(tx: Tx, eventId: string, now: Date): Promise<number> {
  const changed = await tx.$executeRaw`
    UPDATE "Invitation" SET
      "firstName" = ${ANONYMISED_NAME}, "lastName" = ${ANONYMISED_NAME},
      "email" = 'anonymisiert+' || "id" || '@invalid',
      "salutation" = NULL, "title" = NULL, "organization" = NULL, "position" = NULL, "declineNote" = NULL,
      "token" = 'anonymisiert-' || "id",
      "anonymizedAt" = ${now}, "updatedAt" = ${now}
    WHERE "eventId" = ${eventId} AND "anonymizedAt" IS NULL`;
  await tx.$executeRaw`
    UPDATE "OutboxMail" SET "recipient" = 'anonymisiert+' || "invitationId" || '@invalid', "lastError" = NULL
    WHERE "invitationId" IN (SELECT "id" FROM "Invitation" WHERE "eventId" = ${eventId})`;
  return changed;
}
