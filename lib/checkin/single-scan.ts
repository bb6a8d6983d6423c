import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db';
import type { PreparedScan } from './batch-plan';
import { type DoorRow, toDoorAttendee } from './door-row';
import type { CheckinCounts, ScanKind, ScanOutcome } from './types';

/** The scan was decided on rows that changed after the statement began, or its key was stored meanwhile: run again. */
export class ScanRaced extends Error {}

interface Row {
  rerun: boolean;
  priorId: string | null;
  priorResult: string | null;
  insertedId: string | null;
  result: string;
  id: string | null;
  eventId: string | null;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
  organization: string | null;
  status: DoorRow['status'] | null;
  guestType: string | null;
  checkedInAt: Date | null;
  checkedInDevice: string | null;
  ticketCode: string | null;
  cancelledBy: string | null;
  mode: DoorRow['mode'] | null;
  checkedIn: number;
  confirmed: number;
}

// Client-side like Prisma's cuid() default for CheckIn.id: 'c' and 24 lowercase hex characters.
const newCheckInId = () => `c${randomBytes(12).toString('hex')}`;

/**
 * Decides and records one scan in ONE autocommitted statement, by the rules of planBatch for a batch of one, and
 * returns the event's counts with it. The registrations are locked FOR UPDATE as in the batch path, so the decision
 * sees their latest versions. Two things this statement's snapshot cannot see: a key stored concurrently (the INSERT
 * then skips, and with it every other write) and the CheckIn rows of a check-in committed while it waited for the
 * lock (seen as a changed row version, xmin), which matter only when this scan is earlier and must demote them; then
 * nothing is written. Either way ScanRaced asks for a rerun: a new statement with a new snapshot.
 */
export async function recordOneScan(
  ctx: { eventId: string; deviceId: string; actor: string },
  scan: PreparedScan,
  now: Date,
): Promise<{ outcome: ScanOutcome; counts: CheckinCounts }> {
  const ref = scan.ref;
  const refId = ref.kind === 'id' ? ref.id : null;
  const refCode = ref.kind === 'code' ? ref.ticketCode : null;
  const fixed = ref.kind === 'invalid' || ref.kind === 'wrong_event' ? ref.kind : null;
  const at = scan.scannedAt.toISOString();
  // Devices from before room doors (no sessionId at all) know no "online" verdict: they get "cancelled".
  const onlineKind = scan.sessionId === undefined ? 'cancelled' : 'online';
  const [row] = await db.$queryRaw<Row[]>`
    WITH prior AS (
      SELECT id, result, "registrationId" FROM "CheckIn" WHERE "idempotencyKey" = ${scan.idempotencyKey}
    ), snap AS (
      SELECT id, xmin::text AS v FROM "Registration"
      WHERE id = ${refId}::text OR "ticketCode" = ${refCode}::text OR id = (SELECT "registrationId" FROM prior)
    ), locked AS (
      SELECT id, "eventId", title, "firstName", "lastName", organization, status, "guestType"::text AS "guestType",
             "checkedInAt", "checkedInDevice", "ticketCode", "cancelledBy", mode::text AS mode, xmin::text AS v
      FROM "Registration"
      WHERE id = ${refId}::text OR "ticketCode" = ${refCode}::text OR id = (SELECT "registrationId" FROM prior)
      ORDER BY id FOR UPDATE
    ), changed AS (
      SELECT (SELECT count(*) FROM snap) <> (SELECT count(*) FROM locked)
             OR EXISTS (SELECT 1 FROM locked l LEFT JOIN snap s USING (id) WHERE s.v IS DISTINCT FROM l.v) AS meanwhile
    ), target AS (
      SELECT * FROM locked WHERE id = ${refId}::text OR "ticketCode" = ${refCode}::text
    ), decision AS (
      SELECT t.id AS "targetId", t."checkedInAt" IS NOT NULL AS "hadCheckIn", t.status = 'confirmed' AS confirmed,
        CASE WHEN t."eventId" = ${ctx.eventId}::text THEN t.id END AS "registrationId",
        CASE
          WHEN ${fixed}::text IS NOT NULL THEN ${fixed}::text
          WHEN t.id IS NULL THEN 'invalid'
          WHEN t."eventId" <> ${ctx.eventId}::text THEN 'wrong_event'
          WHEN t.status <> 'confirmed' AND ${scan.localResult ?? null}::text = 'checked_in' THEN 'conflict'
          WHEN t.status <> 'confirmed' THEN t.status::text
          WHEN t.mode = 'online' AND ${scan.localResult ?? null}::text = 'checked_in' THEN 'conflict'
          WHEN t.mode = 'online' THEN ${onlineKind}::text
          WHEN t."checkedInAt" IS NULL OR t."checkedInAt" > (${at}::timestamptz AT TIME ZONE 'UTC') THEN 'checked_in'
          ELSE 'already_checked_in'
        END AS result
      FROM (SELECT 1) AS one LEFT JOIN target t ON true
    ), flags AS (
      -- Only a demotion needs the other request's CheckIn rows, which this snapshot cannot see.
      SELECT c.meanwhile AND d.result = 'checked_in' AND d."hadCheckIn" AS rerun FROM changed c CROSS JOIN decision d
    ), ins AS (
      INSERT INTO "CheckIn" (id, "eventId", "registrationId", "idempotencyKey", "deviceId", "scannedAt", "receivedAt", result, actor)
      SELECT ${newCheckInId()}, ${ctx.eventId}, d."registrationId", ${scan.idempotencyKey}, ${ctx.deviceId},
             ${at}::timestamptz AT TIME ZONE 'UTC', ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC', d.result, ${ctx.actor}
      FROM decision d
      WHERE NOT (SELECT rerun FROM flags) AND NOT EXISTS (SELECT 1 FROM prior)
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING id
    ), demoted AS (
      UPDATE "CheckIn" SET result = 'already_checked_in'
      WHERE "registrationId" = (SELECT "registrationId" FROM decision WHERE result = 'checked_in' AND "hadCheckIn")
        AND "sessionId" IS NULL AND result = 'checked_in' AND "undoneAt" IS NULL AND EXISTS (SELECT 1 FROM ins)
      RETURNING 1
    ), checked AS (
      UPDATE "Registration" AS r
      SET "checkedInAt" = ${at}::timestamptz AT TIME ZONE 'UTC', "checkedInDevice" = ${ctx.deviceId},
          "checkedInBy" = ${ctx.actor}, "updatedAt" = now()
      FROM decision d
      WHERE d.result = 'checked_in' AND r.id = d."registrationId" AND EXISTS (SELECT 1 FROM ins)
      RETURNING r.id
    ), counts AS (
      SELECT count(*) FILTER (WHERE "checkedInAt" IS NOT NULL)::int AS "checkedIn", count(*)::int AS confirmed
      FROM "Registration" WHERE "eventId" = ${ctx.eventId}::text AND status = 'confirmed' AND mode = 'onsite'
    )
    SELECT f.rerun, p.id AS "priorId", p.result AS "priorResult", (SELECT id FROM ins) AS "insertedId", d.result,
           l.id, l."eventId", l.title, l."firstName", l."lastName", l.organization, l.status::text AS status,
           l."guestType", l."checkedInAt", l."checkedInDevice", l."ticketCode", l."cancelledBy", l.mode,
           -- The counts were read in the statement's snapshot, before its own check-in.
           c."checkedIn" + (SELECT count(*)::int FROM checked WHERE NOT d."hadCheckIn" AND d.confirmed) AS "checkedIn",
           c.confirmed
    FROM flags f CROSS JOIN decision d CROSS JOIN counts c
      LEFT JOIN prior p ON true
      LEFT JOIN locked l ON l.id = CASE WHEN p.id IS NULL THEN d."registrationId" ELSE p."registrationId" END`;
  if (!row || row.rerun || (!row.priorId && !row.insertedId)) throw new ScanRaced();
  const counts = { checkedIn: row.checkedIn, confirmed: row.confirmed };
  const registration = row.id ? ({ ...row } as unknown as DoorRow) : null;
  if (row.priorId) {
    const outcome = { result: row.priorResult as ScanKind, checkInId: row.priorId };
    return { outcome: { idempotencyKey: scan.idempotencyKey, ...outcome, attendee: attendee(registration) }, counts };
  }
  const result = row.result as ScanKind;
  if (registration && result === 'checked_in')
    Object.assign(registration, { checkedInAt: scan.scannedAt, checkedInDevice: ctx.deviceId });
  return {
    outcome: {
      idempotencyKey: scan.idempotencyKey,
      result,
      checkInId: row.insertedId,
      attendee: attendee(registration),
    },
    counts,
  };
}

const attendee = (row: DoorRow | null) => (row ? toDoorAttendee(row) : null);
