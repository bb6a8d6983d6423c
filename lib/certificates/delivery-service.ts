import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { insertMailJobs } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import type { SendCertificatesResult, SendRefusal } from './delivery-schema';
import { issueCertificateFor, issueCertificates } from './service';

// Mails per transaction: each batch commits its outbox rows and jobs together, so a large send shows progress
// on the page while it is still being queued, and a crash leaves only whole batches behind.
const ENQUEUE_BATCH = 500;
const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 } as const;

interface SendGateFacts {
  endsAt: Date;
  certificateSettings: { enabled: boolean } | null;
}

/** Why certificates of this event cannot go out yet, or null when they can. */
export function sendRefusal(event: SendGateFacts, now: Date): Exclude<SendRefusal, 'none'> | null {
  if (!event.certificateSettings?.enabled) return 'disabled';
  if (event.endsAt > now) return 'notEnded';
  return null;
}

async function loadGate(eventId: string): Promise<SendGateFacts> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { endsAt: true, certificateSettings: { select: { enabled: true } } },
  });
  if (!event) throw new AppError('NOT_FOUND', 'eventNotFound');
  return event;
}

/**
 * One outbox mail per valid certificate of the event whose holder has none yet, at most `limit`. The partial
 * unique index (one certificate mail per registration) makes a concurrent second send insert nothing.
 */
export async function enqueueCertificateMailsOnce(tx: Tx, eventId: string, limit: number): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ id: string; registrationId: string }[]>(
    `INSERT INTO "OutboxMail" (id, kind, "eventId", "registrationId", recipient, "updatedAt")
     SELECT gen_random_uuid(), 'certificate'::"MailKind", c."eventId", r.id, r.email, now()
       FROM "Certificate" c JOIN "Registration" r ON r.id = c."registrationId"
      WHERE c."eventId" = $1 AND c."revokedAt" IS NULL AND c."anonymizedAt" IS NULL
        AND r.status <> 'cancelled' AND r.email <> '' AND r."anonymizedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "OutboxMail" o WHERE o."registrationId" = r.id AND o.kind = 'certificate')
      ORDER BY r.id
      LIMIT $2
     ON CONFLICT ("registrationId") WHERE kind = 'certificate' DO NOTHING
     RETURNING id::text AS id, "registrationId"`,
    eventId,
    limit,
  );
  await insertMailJobs(
    tx,
    rows.map((row) => ({ id: row.id, kind: 'certificate' as const, registrationId: row.registrationId })),
  );
  return rows.length;
}

/**
 * "Send all": issues the certificates of everybody eligible (idempotent) and queues one mail per valid
 * certificate whose holder has not had one. Sending again queues nobody twice; revoked certificates get none.
 */
export async function sendCertificates(
  eventId: string,
  actorEmail: string,
  now = new Date(),
): Promise<SendCertificatesResult> {
  const refusal = sendRefusal(await loadGate(eventId), now);
  if (refusal) return { outcome: refusal };
  await issueCertificates(eventId);
  const valid = await db.certificate.count({ where: { eventId, revokedAt: null, anonymizedAt: null } });
  if (valid === 0) return { outcome: 'none' };
  let queued = 0;
  for (;;) {
    const batch = await db.$transaction(
      (tx) => enqueueCertificateMailsOnce(tx, eventId, ENQUEUE_BATCH),
      TRANSACTION_OPTIONS,
    );
    queued += batch;
    if (batch < ENQUEUE_BATCH) break;
  }
  await recordAudit(db, {
    actor: actorEmail,
    action: 'certificate.send',
    eventId,
    summary: `Teilnahmebescheinigungen: ${queued} Mails in die Warteschlange gestellt.`,
    details: { queued },
  });
  return { outcome: 'queued', queued };
}

/** The certificate a manage link may download, or why not (404 unknown link, 409 too early or not eligible). */
export type ManageCertificate =
  | { ok: true; certificateId: string; holderName: string; locale: string }
  | { ok: false; reason: 'notFound' | 'notEnded' | 'notEligible' };

function findByManageToken(token: string) {
  return db.registration.findUnique({
    where: { manageToken: token },
    select: {
      id: true,
      status: true,
      anonymizedAt: true,
      event: { select: { endsAt: true, certificateSettings: { select: { enabled: true } } } },
      certificate: { select: { id: true, holderName: true, locale: true, revokedAt: true, anonymizedAt: true } },
    },
  });
}

/**
 * The attendee's own certificate, issued on demand: after the event's end, for a checked-in (or granted)
 * registration whose certificate was not revoked. Issuing goes through the document's service, so the rules of
 * who is eligible live in one place.
 */
export async function getCertificateForManageToken(token: string, now = new Date()): Promise<ManageCertificate> {
  if (!token || token.length > 200) return { ok: false, reason: 'notFound' };
  const r = await findByManageToken(token);
  if (!r || r.anonymizedAt) return { ok: false, reason: 'notFound' };
  const refusal = sendRefusal(r.event, now);
  if (refusal === 'notEnded') return { ok: false, reason: 'notEnded' };
  if (refusal || r.status === 'cancelled') return { ok: false, reason: 'notEligible' };
  const certificate = r.certificate ?? (await issueCertificateFor(r.id));
  if (!certificate || certificate.revokedAt || certificate.anonymizedAt) return { ok: false, reason: 'notEligible' };
  return { ok: true, certificateId: certificate.id, holderName: certificate.holderName, locale: certificate.locale };
}
