// The one statement behind takeSeat (seats.ts): form token, invitation, seat in the mode's pool, the chosen
// sessions' places, registration row, bookings and outbox rows, all or nothing. The event row is locked first
// (lockedEventSql), then the sessions by id (lockedSessionsSql), and every decision uses their values.
import { Prisma } from '@/lib/generated/prisma/client';
import { lockedEventSql, poolCountSql, poolFitsSql } from './seat-sql';
import { lockedSessionsSql } from './seat-session-sql';
import type { EntryStatus, SeatRequest } from './seats';

export interface SeatKeys {
  id: string;
  ticketCode: string;
  manageToken: string;
  newsletterToken: string | null;
  /** Used only when the registration attends online. */
  joinToken: string;
}

export interface SeatStatementRow {
  status: EntryStatus | null;
  contingentSeat: boolean;
  filledLastSeat: boolean;
  beyondCapacity: boolean;
  tokenOk: boolean;
  invitationOk: boolean;
  modeOk: boolean;
  /** Every chosen id is a bookable session of the event, and an online registration chose none. */
  sessionsOk: boolean;
  /** Title of a chosen session that is full and has no waiting list: nothing was written. */
  fullSession: string | null;
  mode: 'onsite' | 'online';
  format: 'onsite' | 'online' | 'hybrid';
  bookings: { sessionId: string; status: 'confirmed' | 'waitlisted' }[];
  /** A booking took the last place of a session. */
  filledSession: boolean;
}

export function seatStatement(request: SeatRequest, keys: SeatKeys, mails: { id: string; kind: string }[]) {
  const { event, person: p, now } = request;
  const over = request.overCapacity === true;
  const waitlist = request.waitlist !== false && event.waitlistEnabled;
  const pending = request.pending === true && !request.invitation;
  const invitationId = request.invitation?.id ?? null;
  const checkedInAt = request.checkIn ? now : null;
  const mac = request.formTokenMac ?? null;
  const sessions = request.sessions ?? [];
  const n = sessions.length;
  const mode = Prisma.sql`(SELECT mode FROM pre)`;
  // The form token is used up only by a usable choice (a full session leaves it for the corrected submission);
  // without it, or without the invitation, neither seat nor row is written.
  return Prisma.sql`
    WITH invitation AS MATERIALIZED (
      -- Locked, so a concurrent use of the same token waits and then finds it registered.
      SELECT id FROM "Invitation"
      WHERE id = ${invitationId}::text AND "eventId" = ${event.id} AND status <> 'registered'
      FOR UPDATE
    ), ev AS MATERIALIZED (${lockedEventSql(event.id, now)}
    ), ss AS MATERIALIZED (${lockedSessionsSql(sessions)}
    ), pre AS MATERIALIZED (
      SELECT COALESCE(${request.mode ?? null}::text, CASE WHEN ev.format = 'online' THEN 'online' ELSE 'onsite' END)
          AS mode,
        (${request.mode ?? null}::text IS NULL OR ev.format = 'hybrid' OR ev.format = ${request.mode ?? null}::text)
          AS "modeOk",
        (SELECT count(*) FROM ss)::int = ${n}::int AS known,
        (SELECT title FROM ss WHERE NOT fits AND NOT wl ORDER BY id LIMIT 1) AS "fullSession"
      FROM ev
    ), usable AS (
      SELECT "modeOk" AND known AND (mode = 'onsite' OR ${n}::int = 0) AND "fullSession" IS NULL AS usable FROM pre
    ), token AS (
      INSERT INTO "UsedFormToken" (mac, "usedAt") SELECT ${mac}::text, ${now}
      WHERE ${mac}::text IS NOT NULL AND (SELECT usable FROM usable)
      ON CONFLICT (mac) DO NOTHING RETURNING mac
    ), allowed AS (
      SELECT (${mac}::text IS NULL OR NOT (SELECT usable FROM usable) OR EXISTS (SELECT 1 FROM token)) AS "tokenOk",
        (${invitationId}::text IS NULL OR EXISTS (SELECT 1 FROM invitation)) AS "invitationOk"
    ), ok AS (
      SELECT "tokenOk" AND "invitationOk" AND (SELECT usable FROM usable) AS ok FROM allowed
    ), decision AS (
      SELECT NOT ${pending} AND (SELECT ok FROM ok) AND (${over} OR ${poolFitsSql(1, invitationId !== null, mode)})
          AS seated,
        ${invitationId !== null} AND ${mode} = 'onsite' AND ev.h > 0 AS contingent,
        (CASE WHEN ${mode} = 'online' THEN ev."onlineCapacity" ELSE ev.capacity END) AS capacity,
        (CASE WHEN ${mode} = 'online' THEN ev.oc ELSE ev.c END) AS c,
        (CASE WHEN ${mode} = 'online' THEN 0 ELSE ev.h END) AS h
      FROM ev
    ), seat AS (
      UPDATE "Event" SET ${poolCountSql(mode, Prisma.sql`1`)},
        "reservedTaken" = "reservedTaken" + (CASE WHEN (SELECT contingent FROM decision) THEN 1 ELSE 0 END)
      WHERE id = ${event.id} AND (SELECT seated FROM decision)
      RETURNING id
    ), reg AS (
      INSERT INTO "Registration" (
        id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
        organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
        answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity",
        "checkedInAt", "checkedInBy", "checkedInDevice", "invitationId", "contingentSeat", mode, "joinToken",
        "createdAt", "updatedAt"
      )
      SELECT ${keys.id}, ${event.id}, ${keys.ticketCode}, ${keys.manageToken},
        (CASE WHEN d.seated THEN 'confirmed' WHEN ${pending} THEN 'pending' ELSE 'waitlisted' END)::"RegistrationStatus",
        ${p.salutation ?? null}, ${p.title ?? null}, ${p.firstName}, ${p.lastName}, ${p.email},
        ${p.organization ?? null}, ${p.position ?? null}, ${p.sector ?? null}, ${p.state ?? null},
        ${request.locale}, ${request.source}, ${request.privacyConsentVersion}, ${now},
        ${JSON.stringify(p.answers ?? {})}::jsonb, ${keys.newsletterToken ? now : null}, ${keys.newsletterToken},
        ${request.guestType}::"GuestType", d.seated AND d.capacity IS NOT NULL AND d.c + 1 > d.capacity,
        ${checkedInAt}, ${request.checkIn?.by ?? null}, ${request.checkIn?.device ?? null}, ${invitationId}::text,
        d.seated AND d.contingent, ${mode}::"AttendanceMode",
        (CASE WHEN ${mode} = 'online' THEN ${keys.joinToken} END), ${now}, ${now}
      FROM decision d
      WHERE (SELECT ok FROM ok) AND (d.seated OR ${pending} OR ${waitlist})
      RETURNING id, status, email
    ), sb AS (
      -- A place of a session only with the event seat; otherwise the booking waits and holds none.
      UPDATE "EventSession" s SET "confirmedCount" = s."confirmedCount" + 1
      FROM ss WHERE s.id = ss.id AND ss.fits AND EXISTS (SELECT 1 FROM reg WHERE status = 'confirmed')
      RETURNING s.id
    ), bk AS (
      INSERT INTO "SessionBooking" (id, "eventId", "sessionId", "registrationId", status, "requestedAt",
        "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${event.id}, ss.id, reg.id,
        (CASE WHEN reg.status = 'confirmed' AND ss.fits THEN 'confirmed' ELSE 'waitlisted' END)::"BookingStatus",
        ${now}, ${now}, ${now}
      FROM reg CROSS JOIN ss
      RETURNING "sessionId", status::text AS status
    ), marked AS (
      -- Marked only with the registration written: a refusal (full) leaves the invitation usable.
      UPDATE "Invitation" SET status = 'registered', "registeredAt" = ${now}, "updatedAt" = ${now}
      WHERE id = ${invitationId}::text AND EXISTS (SELECT 1 FROM reg)
      RETURNING id
    ), mail AS (
      INSERT INTO "OutboxMail" (id, kind, recipient, "eventId", "registrationId", "createdAt", "updatedAt")
      SELECT m.id::uuid,
        (CASE WHEN m.kind <> 'seat' THEN m.kind WHEN reg.status = 'confirmed' THEN 'confirmation'
          WHEN reg.status = 'waitlisted' THEN 'waitlist' ELSE 'pending' END)::"MailKind",
        reg.email, ${event.id}, reg.id, ${now}, ${now}
      FROM reg, unnest(${mails.map((m) => m.id)}::text[], ${mails.map((m) => m.kind)}::text[]) AS m(id, kind)
    )
    SELECT (SELECT status::text FROM reg) AS status,
      COALESCE((SELECT seated AND contingent FROM decision), false) AS "contingentSeat",
      COALESCE((SELECT seated AND capacity IS NOT NULL
        AND c + 1 + h - (CASE WHEN contingent THEN 1 ELSE 0 END) >= capacity FROM decision), false) AS "filledLastSeat",
      COALESCE((SELECT seated AND capacity IS NOT NULL AND c + 1 > capacity FROM decision), false) AS "beyondCapacity",
      (SELECT "tokenOk" FROM allowed) AS "tokenOk", (SELECT "invitationOk" FROM allowed) AS "invitationOk",
      (SELECT "modeOk" FROM pre) AS "modeOk",
      (SELECT known AND (mode = 'onsite' OR ${n}::int = 0) FROM pre) AS "sessionsOk",
      (SELECT "fullSession" FROM pre) AS "fullSession", (SELECT mode FROM pre) AS mode,
      (SELECT format FROM ev) AS format,
      (SELECT COALESCE(json_agg(json_build_object('sessionId', "sessionId", 'status', status)
        ORDER BY "sessionId"), '[]'::json) FROM bk) AS bookings,
      EXISTS (SELECT 1 FROM ss JOIN sb ON sb.id = ss.id WHERE ss.last) AS "filledSession"`;
}
