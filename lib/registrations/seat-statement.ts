// The one statement behind takeSeat (seats.ts): form token, invitation, seat, registration row and its outbox
// rows, all or nothing. The event row is locked first (lockedEventSql) and every decision uses its values.
import { Prisma } from '@/lib/generated/prisma/client';
import { fitsSql, lockedEventSql } from './seat-sql';
import type { EntryStatus, SeatRequest } from './seats';

export interface SeatKeys {
  id: string;
  ticketCode: string;
  manageToken: string;
  newsletterToken: string | null;
}

export interface SeatStatementRow {
  status: EntryStatus | null;
  contingentSeat: boolean;
  filledLastSeat: boolean;
  beyondCapacity: boolean;
  tokenOk: boolean;
  invitationOk: boolean;
}

export function seatStatement(request: SeatRequest, keys: SeatKeys, mails: { id: string; kind: string }[]) {
  const { event, person: p, now } = request;
  const over = request.overCapacity === true;
  const waitlist = request.waitlist !== false && event.waitlistEnabled;
  const pending = request.pending === true && !request.invitation;
  const invitationId = request.invitation?.id ?? null;
  const checkedInAt = request.checkIn ? now : null;
  const mac = request.formTokenMac ?? null;
  // The form token is inserted first and the invitation locked; without either neither seat nor row is written.
  return Prisma.sql`
    WITH token AS (
      INSERT INTO "UsedFormToken" (mac, "usedAt") SELECT ${mac}::text, ${now} WHERE ${mac}::text IS NOT NULL
      ON CONFLICT (mac) DO NOTHING RETURNING mac
    ), invitation AS MATERIALIZED (
      -- Locked, so a concurrent use of the same token waits and then finds it registered.
      SELECT id FROM "Invitation"
      WHERE id = ${invitationId}::text AND "eventId" = ${event.id} AND status <> 'registered'
      FOR UPDATE
    ), allowed AS (
      SELECT (${mac}::text IS NULL OR EXISTS (SELECT 1 FROM token)) AS "tokenOk",
        (${invitationId}::text IS NULL OR EXISTS (SELECT 1 FROM invitation)) AS "invitationOk"
    ), ok AS (
      SELECT "tokenOk" AND "invitationOk" AS ok FROM allowed
    ), ev AS MATERIALIZED (${lockedEventSql(event.id, now)}
    ), decision AS (
      SELECT NOT ${pending} AND (SELECT ok FROM ok) AND (${over} OR ${fitsSql(1, invitationId !== null)}) AS seated,
        ${invitationId !== null} AND ev.h > 0 AS contingent, ev.capacity, ev.c, ev.h
      FROM ev
    ), seat AS (
      UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1,
        "reservedTaken" = "reservedTaken" + (CASE WHEN (SELECT contingent FROM decision) THEN 1 ELSE 0 END)
      WHERE id = ${event.id} AND (SELECT seated FROM decision)
      RETURNING id
    ), reg AS (
      INSERT INTO "Registration" (
        id, "eventId", "ticketCode", "manageToken", status, salutation, title, "firstName", "lastName", email,
        organization, position, sector, state, locale, source, "privacyConsentVersion", "privacyConsentAt",
        answers, "newsletterRequestedAt", "newsletterToken", "guestType", "overCapacity",
        "checkedInAt", "checkedInBy", "checkedInDevice", "invitationId", "contingentSeat", "createdAt", "updatedAt"
      )
      SELECT ${keys.id}, ${event.id}, ${keys.ticketCode}, ${keys.manageToken},
        (CASE WHEN d.seated THEN 'confirmed' WHEN ${pending} THEN 'pending' ELSE 'waitlisted' END)::"RegistrationStatus",
        ${p.salutation ?? null}, ${p.title ?? null}, ${p.firstName}, ${p.lastName}, ${p.email},
        ${p.organization ?? null}, ${p.position ?? null}, ${p.sector ?? null}, ${p.state ?? null},
        ${request.locale}, ${request.source}, ${request.privacyConsentVersion}, ${now},
        ${JSON.stringify(p.answers ?? {})}::jsonb, ${keys.newsletterToken ? now : null}, ${keys.newsletterToken},
        ${request.guestType}::"GuestType", d.seated AND d.capacity IS NOT NULL AND d.c + 1 > d.capacity,
        ${checkedInAt}, ${request.checkIn?.by ?? null}, ${request.checkIn?.device ?? null}, ${invitationId}::text,
        d.seated AND d.contingent, ${now}, ${now}
      FROM decision d
      WHERE (SELECT ok FROM ok) AND (d.seated OR ${pending} OR ${waitlist})
      RETURNING id, status, email
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
      (SELECT "tokenOk" FROM allowed) AS "tokenOk", (SELECT "invitationOk" FROM allowed) AS "invitationOk"`;
}
