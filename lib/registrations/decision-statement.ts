// The one statement of one decision on a pending registration (approval.ts): the status is re-checked under the
// registration's row lock, an approval takes a public seat under the event's row lock (or, when none is left,
// goes to the waiting list or is refused as the event is set), and the mail and the audit entry are written with it.
import { Prisma } from '@/lib/generated/prisma/client';
import { lockedEventSql, poolCountSql, poolFitsSql } from './seat-sql';

export interface DecisionStatementInput {
  eventId: string;
  registrationId: string;
  approve: boolean;
  note: string | null;
  actor: string;
  mailId: string;
  auditId: string;
  now: Date;
}

export type DecidedStatus = 'confirmed' | 'waitlisted' | 'rejected';

export function decisionStatement(input: DecisionStatementInput) {
  const { eventId, now } = input;
  // The seat is taken in the pool of the registration's mode (on site or online).
  const mode = Prisma.sql`(SELECT mode FROM r)`;
  // Approved and seated, approved onto the waiting list, or refused (on purpose, or for want of places).
  const summary = Prisma.sql`(CASE upd.status WHEN 'confirmed' THEN 'Anmeldung bestätigt und Platz vergeben.'
    WHEN 'waitlisted' THEN 'Anmeldung bestätigt, mangels Platz auf die Warteliste gesetzt.'
    ELSE CASE WHEN ${input.approve}::boolean THEN 'Anmeldung bestätigt, mangels Platz abgelehnt.'
      ELSE 'Anmeldung abgelehnt.' END END)`;
  return Prisma.sql`
    WITH r AS MATERIALIZED (
      SELECT id, mode::text AS mode FROM "Registration"
      WHERE id = ${input.registrationId} AND "eventId" = ${eventId} AND status = 'pending'
      FOR UPDATE
    ), ev AS MATERIALIZED (${lockedEventSql(eventId, now)}
    ), decision AS (
      SELECT (CASE WHEN NOT ${input.approve}::boolean THEN 'rejected'
        WHEN ${poolFitsSql(1, false, mode)} THEN 'confirmed'
        WHEN ev.overflow = 'waitlist' THEN 'waitlisted' ELSE 'rejected' END) AS status
      FROM ev WHERE EXISTS (SELECT 1 FROM r)
    ), seat AS (
      UPDATE "Event" SET ${poolCountSql(mode, Prisma.sql`1`)}
      WHERE id = ${eventId} AND (SELECT status FROM decision) = 'confirmed'
      RETURNING id
    ), upd AS (
      UPDATE "Registration" SET status = d.status::"RegistrationStatus", "decidedAt" = ${now},
        "decidedBy" = ${input.actor}, "decisionNote" = ${input.note}::text, "updatedAt" = ${now}
      FROM decision d
      WHERE "Registration".id = (SELECT id FROM r)
      RETURNING "Registration".id, "Registration".status::text AS status, "Registration".email
    ), mail AS (
      INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", variant, "createdAt", "updatedAt")
      SELECT ${input.mailId}::uuid, (CASE upd.status WHEN 'confirmed' THEN 'confirmation'
          WHEN 'waitlisted' THEN 'waitlist' ELSE 'rejection' END)::"MailKind",
        upd.email, ${eventId}, upd.id,
        CASE WHEN upd.status = 'rejected' AND ${input.approve}::boolean THEN 'full' ELSE 'decision' END, ${now}, ${now}
      FROM upd
    ), audit AS (
      INSERT INTO "AuditLog" (id, at, actor, action, "eventId", "registrationId", summary, details)
      SELECT ${input.auditId}, ${now}, ${input.actor},
        ${input.approve ? 'registration.approve' : 'registration.reject'}, ${eventId}, upd.id, ${summary},
        jsonb_build_object('status', upd.status, 'withNote', ${input.note !== null}::boolean)
      FROM upd
    )
    SELECT id, status FROM upd`;
}
