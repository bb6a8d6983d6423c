// Issues, grants and revokes certificates. Writes in transactions; the unique registrationId keeps it one per person.
// No 'server-only': the mail worker issues certificates before attaching them.
import { recordAudit } from '@/lib/audit/service';
import type { Certificate } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { eligibleWithoutCertificate } from './eligibility';
import { certificateRows, type IssueOptions, issueEventSelect, issuePersonSelect } from './issue';

export interface IssueResult {
  /** Newly issued in this call. */
  issued: number;
  /** Already issued before (not revoked). */
  existing: number;
}

/** Registrations per transaction while issuing. */
export const ISSUE_BATCH_SIZE = 500;

async function getIssueEventOrThrow(eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: issueEventSelect });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}

const activeCount = (eventId: string) =>
  db.certificate.count({ where: { eventId, revokedAt: null, anonymizedAt: null } });

/**
 * Issues a certificate to every eligible registration of the event that has none yet; idempotent, batched. Nothing
 * is issued while the event's certificates are turned off. Two concurrent calls issue each person once: the insert
 * skips registrations that got their certificate meanwhile (unique registrationId).
 */
export async function issueCertificates(
  eventId: string,
  options: IssueOptions & { actor?: string } = {},
): Promise<IssueResult> {
  const event = await getIssueEventOrThrow(eventId);
  const before = await activeCount(eventId);
  if (!event.certificateSettings?.enabled) return { issued: 0, existing: before };
  let issued = 0;
  for (;;) {
    const inserted = await db.$transaction(async (tx) => {
      const people = await tx.registration.findMany({
        where: eligibleWithoutCertificate(eventId),
        select: issuePersonSelect,
        orderBy: { id: 'asc' },
        take: ISSUE_BATCH_SIZE,
      });
      if (people.length === 0) return null;
      const rows = await certificateRows(tx, event, people, options);
      const { count } = await tx.certificate.createMany({ data: rows, skipDuplicates: true });
      if (count > 0)
        await recordAudit(tx, {
          actor: options.actor ?? 'system',
          action: 'certificate.issue',
          eventId,
          summary: `${count} Teilnahmebescheinigung(en) ausgestellt.`,
          details: { count },
        });
      return count;
    });
    if (inserted === null) break;
    issued += inserted;
  }
  return { issued, existing: Math.max(0, (await activeCount(eventId)) - issued) };
}

/**
 * The registration's certificate, issued now if the person is eligible and has none (on-demand download). Returns
 * an existing certificate as it is (it may be revoked or anonymised); null when there is none and none is due.
 */
export async function issueCertificateFor(
  registrationId: string,
  options: IssueOptions = {},
): Promise<Certificate | null> {
  const existing = await db.certificate.findUnique({ where: { registrationId } });
  if (existing) return existing;
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!registration) return null;
  const event = await getIssueEventOrThrow(registration.eventId);
  if (!event.certificateSettings?.enabled) return null;
  await db.$transaction(async (tx) => {
    const person = await tx.registration.findFirst({
      where: { id: registrationId, ...eligibleWithoutCertificate(event.id) },
      select: issuePersonSelect,
    });
    if (!person) return;
    await tx.certificate.createMany({
      data: await certificateRows(tx, event, [person], options),
      skipDuplicates: true,
    });
  });
  return db.certificate.findUnique({ where: { registrationId } });
}

export interface GrantInput {
  registrationId: string;
  reason: string;
  /** The organizer's e-mail. */
  actor: string;
}

/** Issues a certificate to someone no rule admits (e.g. not checked in), with the organizer's reason, audited. */
export async function grantCertificate(input: GrantInput, options: IssueOptions = {}): Promise<Certificate> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', 'reasonRequired', {}, { reason: { key: 'reasonRequired' } });
  return db.$transaction(async (tx) => {
    const person = await tx.registration.findUnique({
      where: { id: input.registrationId },
      select: { ...issuePersonSelect, eventId: true, status: true, anonymizedAt: true, certificate: true },
    });
    if (!person || person.anonymizedAt) throw new AppError('NOT_FOUND', 'registrationNotFound');
    if (person.status === 'cancelled') throw new AppError('REGISTRATION_CANCELLED', 'registrationCancelled');
    if (person.certificate) throw new AppError('INVALID_INPUT', 'certificateExists');
    const event = await tx.event.findUniqueOrThrow({ where: { id: person.eventId }, select: issueEventSelect });
    if (!event.certificateSettings?.enabled) throw new AppError('INVALID_INPUT', 'certificatesOff');
    const [row] = await certificateRows(tx, event, [person], { ...options, grant: { by: input.actor, reason } });
    // A concurrent issue for the same person fails here on the unique registrationId, rolling back the audit too.
    const certificate = await tx.certificate.create({ data: row! });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'certificate.grant',
      eventId: event.id,
      registrationId: person.id,
      summary: 'Teilnahmebescheinigung ohne Check-in ausgestellt.',
      details: { certificateId: certificate.id, reason },
    });
    return certificate;
  });
}

export interface RevokeInput {
  certificateId: string;
  reason: string;
  actor: string;
  now?: Date;
}

/** Revokes a certificate for good (the verify page then says so); the reason stays internal, in the audit log. */
export async function revokeCertificate(input: RevokeInput): Promise<Certificate> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', 'reasonRequired', {}, { reason: { key: 'reasonRequired' } });
  return db.$transaction(async (tx) => {
    // Locks the row, so two organizers revoking at once record one revocation.
    const [row] = await tx.$queryRaw<{ revokedAt: Date | null }[]>`
      SELECT "revokedAt" FROM "Certificate" WHERE "id" = ${input.certificateId} FOR UPDATE`;
    if (!row) throw new AppError('NOT_FOUND', 'certificateNotFound');
    if (row.revokedAt) throw new AppError('INVALID_INPUT', 'certificateRevoked');
    const certificate = await tx.certificate.update({
      where: { id: input.certificateId },
      data: { revokedAt: input.now ?? new Date(), revokedBy: input.actor, revokeReason: reason },
    });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'certificate.revoke',
      eventId: certificate.eventId,
      registrationId: certificate.registrationId,
      summary: 'Teilnahmebescheinigung widerrufen.',
      details: { certificateId: certificate.id, reason },
    });
    return certificate;
  });
}
