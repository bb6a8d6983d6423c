// The one statement behind a group registration (group.ts): all members seated, all waitlisted, all pending
// (approval) or nobody, with the group row, every member's registration and seat mail and the submitter's summary.
import { Prisma } from '@/lib/generated/prisma/client';
import type { AttendanceMode } from '@/lib/events/modes';
import { lockedEventSql, poolCountSql, poolFitsSql } from './seat-sql';
import type { EntryStatus, SeatPerson } from './seats';

export interface GroupMemberRow extends SeatPerson {
  id: string;
  ticketCode: string;
  manageToken: string;
  mailId: string;
  /** The join link's token (online members); null on site. */
  joinToken: string | null;
}

export interface GroupStatementInput {
  eventId: string;
  groupId: string;
  submitter: SeatPerson;
  members: GroupMemberRow[];
  summaryMailId: string;
  pending: boolean;
  source: 'form' | 'api';
  locale: string;
  privacyConsentVersion: string;
  formTokenMac?: string;
  /** The event's default mode: a group books no sessions and chooses no mode. */
  mode: AttendanceMode;
  now: Date;
}

export interface GroupStatementRow {
  status: EntryStatus | null;
  filledLastSeat: boolean;
  tokenOk: boolean;
  /** Public places left when the group came (for the refusal). */
  left: number | null;
}

export function groupStatement(input: GroupStatementInput) {
  const { eventId, now, submitter: s } = input;
  const k = input.members.length;
  const mac = input.formTokenMac ?? null;
  const members = input.members.map((m, ord) => ({ ...m, answers: m.answers ?? {}, ord }));
  const mode = Prisma.sql`${input.mode}::text`;
  return Prisma.sql`
    WITH token AS (
      INSERT INTO "UsedFormToken" (mac, "usedAt") SELECT ${mac}::text, ${now} WHERE ${mac}::text IS NOT NULL
      ON CONFLICT (mac) DO NOTHING RETURNING mac
    ), allowed AS (
      SELECT ${mac}::text IS NULL OR EXISTS (SELECT 1 FROM token) AS ok
    ), ev AS MATERIALIZED (${lockedEventSql(eventId, now)}
    ), decision AS (
      SELECT NOT ${input.pending} AND (SELECT ok FROM allowed) AND ${poolFitsSql(k, false, mode)} AS seated,
        (CASE WHEN ${mode} = 'online' THEN ev."onlineCapacity" ELSE ev.capacity END) AS capacity,
        (CASE WHEN ${mode} = 'online' THEN ev.oc ELSE ev.c END) AS c,
        (CASE WHEN ${mode} = 'online' THEN 0 ELSE ev.h END) AS h, ev."waitlistEnabled" FROM ev
    ), seat AS (
      UPDATE "Event" SET ${poolCountSql(mode, Prisma.sql`${k}::int`)}
      WHERE id = ${eventId} AND (SELECT seated FROM decision)
      RETURNING id
    ), outcome AS (
      SELECT (CASE WHEN d.seated THEN 'confirmed' WHEN ${input.pending} THEN 'pending'
        WHEN d."waitlistEnabled" THEN 'waitlisted' END) AS status
      FROM decision d WHERE (SELECT ok FROM allowed)
    ), grp AS (
      INSERT INTO "RegistrationGroup" (id, "eventId", "submitterSalutation", "submitterTitle", "submitterFirstName",
        "submitterLastName", "submitterOrganization", "submitterEmail", locale, "createdAt")
      SELECT ${input.groupId}, ${eventId}, ${s.salutation ?? null}, ${s.title ?? null}, ${s.firstName}, ${s.lastName},
        ${s.organization ?? null}, ${s.email}, ${input.locale}, ${now}
      WHERE EXISTS (SELECT 1 FROM outcome WHERE status IS NOT NULL)
      RETURNING id
    ), reg AS (
      INSERT INTO "Registration" (
        id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
        organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
        answers, "guestType", "groupId", mode, "joinToken", "createdAt", "updatedAt"
      )
      SELECT m.id, ${eventId}, m."ticketCode", m."manageToken", o.status::"RegistrationStatus", m.salutation,
        m.title, m."firstName", m."lastName", m.email, m.organization, m.position, m.sector, m.state,
        ${input.locale}, ${input.source}, ${input.privacyConsentVersion}, ${now}, m.answers, 'attendee', grp.id,
        ${input.mode}::"AttendanceMode", m."joinToken",
        -- One millisecond apart: the waiting list and the attendee list keep the order the submitter gave.
        ${now}::timestamp + m.ord * interval '1 millisecond', ${now}
      FROM grp, outcome o, jsonb_to_recordset(${JSON.stringify(members)}::jsonb) AS m(
        id text, "ticketCode" text, "manageToken" text, salutation text, title text, "firstName" text,
        "lastName" text, email text, organization text, position text, sector text, state text, answers jsonb,
        "mailId" text, "joinToken" text, ord int)
      RETURNING id, status, email
    ), mail AS (
      INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "groupId", "createdAt", "updatedAt")
      SELECT m."mailId"::uuid, (CASE WHEN reg.status = 'confirmed' THEN 'confirmation'
          WHEN reg.status = 'waitlisted' THEN 'waitlist' ELSE 'pending' END)::"MailKind",
        reg.email, ${eventId}::text, reg.id, NULL::text, ${now}::timestamp, ${now}::timestamp
      FROM reg JOIN jsonb_to_recordset(${JSON.stringify(members)}::jsonb) AS m(id text, "mailId" text) ON m.id = reg.id
      UNION ALL
      SELECT ${input.summaryMailId}::uuid, 'group_summary'::"MailKind", ${input.submitter.email}::text,
        ${eventId}::text, NULL::text, grp.id, ${now}::timestamp, ${now}::timestamp
      FROM grp
    )
    SELECT (SELECT status FROM outcome) AS status,
      COALESCE((SELECT seated AND capacity IS NOT NULL AND c + ${k}::int + h >= capacity FROM decision), false)
        AS "filledLastSeat",
      (SELECT ok FROM allowed) AS "tokenOk",
      (SELECT CASE WHEN capacity IS NULL THEN NULL ELSE GREATEST(capacity - c - h, 0) END FROM decision)::int AS "left"`;
}
