// SQL pieces of the seat rules (see lib/registrations/seats.ts and the README's "One registration core"), so that
// every statement that takes, releases or promotes a seat computes the invitees' contingent the same way as
// heldSeats() in contingent.ts does in TypeScript.
import { Prisma } from '@/lib/generated/prisma/client';

/** Seats still held for invitees, from the Event columns of `alias` (the unused part, 0 once released). */
export function heldSql(now: Date, alias = '"Event"'): Prisma.Sql {
  const e = Prisma.raw(alias);
  return Prisma.sql`(CASE WHEN ${e}."reservedReleasedAt" IS NULL
    AND (${e}."reservedReleaseAt" IS NULL OR ${e}."reservedReleaseAt" > ${now}::timestamp)
    THEN GREATEST(${e}."reservedSeats" - ${e}."reservedTaken", 0) ELSE 0 END)`;
}

/**
 * A CTE body that locks the event row and reads its counters as they are after any other writer has committed
 * (FOR UPDATE waits and then returns the newest version): c = confirmed seats, h = held seats. Every decision
 * of one statement is taken on these values, and nobody can change them until the statement's transaction ends.
 */
export function lockedEventSql(eventId: string, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT id, capacity, "confirmedCount" AS c, ${heldSql(now)} AS h, "waitlistEnabled",
      "approvalOverflow"::text AS overflow, slug, "attendanceFormat"::text AS format, "onlineCapacity",
      "onlineConfirmedCount" AS oc
    FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}

/**
 * Whether k more people fit, on the locked event `ev`: a public seat leaves the held seats alone
 * (c + k + h <= capacity); an invitee may take any seat left (c < capacity), a held one first.
 */
export function fitsSql(k: number, invitee: boolean): Prisma.Sql {
  return invitee
    ? Prisma.sql`(ev.capacity IS NULL OR ev.c + ${k}::int <= ev.capacity)`
    : Prisma.sql`(ev.capacity IS NULL OR ev.c + ${k}::int + ev.h <= ev.capacity)`;
}

/**
 * Whether k more people fit into the pool of `mode` (a SQL text expression, 'onsite' or 'online') on the locked
 * event `ev`: on site as fitsSql (with the contingent), online against the online places (no contingent).
 */
export function poolFitsSql(k: number, invitee: boolean, mode: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${mode} = 'online'
    THEN (ev."onlineCapacity" IS NULL OR ev.oc + ${k}::int <= ev."onlineCapacity") ELSE ${fitsSql(k, invitee)} END)`;
}

/** The SET clause that adds `delta` seats to the pool of `mode` (a SQL text expression). */
export function poolCountSql(mode: Prisma.Sql, delta: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`"confirmedCount" = "confirmedCount" + (CASE WHEN ${mode} = 'online' THEN 0 ELSE ${delta} END),
    "onlineConfirmedCount" = "onlineConfirmedCount" + (CASE WHEN ${mode} = 'online' THEN ${delta} ELSE 0 END)`;
}
