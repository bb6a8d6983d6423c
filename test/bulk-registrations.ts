import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const LAST_NAMES = ['Müller', 'Schmidt', 'Weiß', 'Çelik', 'Meier', 'Schäfer', 'Krüger', 'Groß'];

/**
 * Inserts `count` confirmed registrations for an event with ONE INSERT … SELECT generate_series (no capacity
 * counter involved) per chunk of CHUNK rows. Names cycle through LAST_NAMES with the row number appended; every 3rd
 * row is checked in. Chunked so that each statement stays well inside the app's statement timeout on a busy machine.
 */
export async function insertBulkRegistrations(
  client: Pick<PrismaClient, '$executeRawUnsafe'>,
  eventId: string,
  count: number,
): Promise<void> {
  const prefix = randomBytes(4).toString('hex');
  for (let from = 1; from <= count; from += CHUNK) {
    await insertChunk(client, eventId, prefix, from, Math.min(count, from + CHUNK - 1));
  }
}

const CHUNK = 10_000;

async function insertChunk(
  client: Pick<PrismaClient, '$executeRawUnsafe'>,
  eventId: string,
  prefix: string,
  from: number,
  to: number,
): Promise<void> {
  await client.$executeRawUnsafe(
    `INSERT INTO "Registration" (id, "eventId", "ticketCode", "manageToken", status, "firstName", "lastName", email,
       organization, position, sector, state, "privacyConsentVersion", "privacyConsentAt", answers, "checkedInAt", "createdAt", "updatedAt")
     SELECT $2 || '-' || g, $1, $2 || 't' || g, $2 || 'm' || g, 'confirmed', 'Vorname' || g,
       ($4::text[])[1 + g % ${LAST_NAMES.length}] || ' ' || g, 'person' || g || '.' || $2 || '@example.test',
       'Organisation ' || (g % 97), 'Referent/in', 'Verwaltung', 'Sachsen', 'v1', now(),
       jsonb_build_object('bulk', 'ja'), CASE WHEN g % 3 = 0 THEN now() END,
       now() - make_interval(secs => g), now()
     FROM generate_series($5::int, $3::int) AS g`,
    eventId,
    `bulk-${prefix}`,
    to,
    LAST_NAMES,
    from,
  );
}
