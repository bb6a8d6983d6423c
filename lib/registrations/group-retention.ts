import { ANONYMISED_NAME } from '@/lib/retention/anonymise';
import type { Tx } from '@/lib/server/db';

/**
 * Anonymises who submitted an event's group registrations, together with the registrations themselves: the
 * submitter's name and address go, and their summary mails keep only an undeliverable address.
 */
export async function anonymiseGroups(tx: Tx, eventId: string): Promise<number> {
  const changed = await tx.$executeRaw`
    UPDATE "RegistrationGroup" SET "submitterFirstName" = ${ANONYMISED_NAME}, "submitterLastName" = ${ANONYMISED_NAME},
      "submitterSalutation" = NULL, "submitterTitle" = NULL, "submitterOrganization" = NULL,
      "submitterEmail" = 'anonymisiert+' || "id" || '@invalid'
    WHERE "eventId" = ${eventId} AND "submitterEmail" <> 'anonymisiert+' || "id" || '@invalid'`;
  await tx.$executeRaw`
    UPDATE "OutboxMail" SET "recipient" = 'anonymisiert+' || "groupId" || '@invalid', "lastError" = NULL
    WHERE "groupId" IN (SELECT "id" FROM "RegistrationGroup" WHERE "eventId" = ${eventId})`;
  return changed;
}
