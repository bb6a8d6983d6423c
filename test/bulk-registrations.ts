import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const LAST_NAMES = ['Müller', 'Schmidt', 'Weiß', 'Çelik', 'Meier', 'Schäfer', 'Krüger', 'Groß'];

/**
 * Inserts `count` confirmed registrations for an event with ONE INSERT … SELECT generate_series (no capacity
 * counter involved). Names cycle through LAST_NAMES with the row number appended; every 3rd row is checked in.
 */
export async function insertBulkRegistrations(
  client: Pick<PrismaClient, '$executeRawUnsafe'>,
  eventId: string,
  count: number,
): Promise<void> {
  const prefix = randomBytes(4).toString('hex');
  await client.$executeRawUnsafe(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", status, "firstName", "lastName", email,
       organization, position, sector, state, "privacyConsentVersion", "privacyConsentAt", answers, "checkedInAt", "createdAt", "updatedAt")
     SELECT $2 || '-' || g, $1, $2 || 't' || g, $2 || 'm' || g, 'confirmed', 'Vorname' || g,
       ($4::text[])[1 + g % ${LAST_NAMES.length}] || ' ' || g, 'person' || g || '.' || $2 || '@example.test',
       'Organisation ' || (g % 97), 'Referent/in', 'Verwaltung', 'Sachsen', 'v1', now(),
       jsonb_build_object('bulk', 'ja'), CASE WHEN g % 3 = 0 THEN now() END,
       now() - make_interval(secs => g), now()
     FROM generate_series(1, $3::int) AS g`,
    eventId,
    `bulk-${prefix}`,
    count,
    LAST_NAMES,
  );
}
