import { recordAudit } from '@/lib/audit/service';
import { anonymiseCertificates } from '@/lib/certificates/retention';
import { AppError } from '@/lib/errors';
import { anonymiseRegistrations } from '@/lib/retention/anonymise';
import { db, type Tx } from '@/lib/server/db';

/** Everything stored about one address (Art. 15 DSGVO), as plain JSON; link secrets are left out on purpose. */
export async function collectPersonalData(actor: string, email: string, now = new Date()) {
  const registrations = await db.registration.findMany({
    where: { email },
    orderBy: { createdAt: 'asc' },
    omit: { manageToken: true, newsletterToken: true },
    include: {
      event: {
        select: {
          id: true,
          slug: true,
          title: true,
          startsAt: true,
          endsAt: true,
          questions: { select: { id: true, labelDe: true, type: true } },
        },
      },
      mails: {
        select: {
          id: true,
          kind: true,
          status: true,
          recipient: true,
          attempts: true,
          sentAt: true,
          createdAt: true,
          lastError: true,
        },
      },
      checkIns: {
        select: {
          id: true,
          scannedAt: true,
          receivedAt: true,
          result: true,
          deviceId: true,
          actor: true,
          undoneAt: true,
          undoReason: true,
        },
      },
    },
  });
  const ids = registrations.map((r) => r.id);
  const [auditEntries, user] = await Promise.all([
    db.auditLog.findMany({
      where: { OR: [{ registrationId: { in: ids } }, { actor: email }] },
      orderBy: { at: 'asc' },
      select: { at: true, actor: true, action: true, eventId: true, registrationId: true, summary: true },
    }),
    db.user.findUnique({
      where: { email },
      select: {
        email: true,
        role: true,
        invitedAt: true,
        invitedBy: true,
        disabledAt: true,
        lastSignInAt: true,
        createdAt: true,
      },
    }),
  ]);
  const data = {
    subject: email,
    generatedAt: now.toISOString(),
    registrations: registrations.map(({ event, mails, checkIns, answers, ...registration }) => {
      const labels = new Map(event.questions.map((q) => [q.id, q.labelDe]));
      const stored =
        answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
      return {
        ...registration,
        event: { id: event.id, slug: event.slug, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt },
        answers: Object.entries(stored).map(([questionId, value]) => ({
          questionId,
          question: labels.get(questionId) ?? null,
          value,
        })),
        consents: {
          privacy: { version: registration.privacyConsentVersion, at: registration.privacyConsentAt },
          newsletter: {
            requestedAt: registration.newsletterRequestedAt,
            confirmedAt: registration.newsletterConfirmedAt,
          },
        },
        mails,
        checkIns,
      };
    }),
    dashboardAccount: user,
    auditEntries,
  };
  await recordAudit(db, {
    actor,
    action: 'privacy.access',
    summary: `Auskunft nach Art. 15 DSGVO erteilt (${ids.length} Anmeldung(en)).`,
    details: { registrationIds: ids },
  });
  return data;
}

async function erasableRegistrations(tx: Tx, email: string, now: Date): Promise<string[]> {
  const rows = await tx.registration.findMany({
    where: { email },
    select: { id: true, status: true, event: { select: { endsAt: true } } },
  });
  // An active registration for an event still to come holds a seat: it must be cancelled first (the waiting list moves up).
  if (rows.some((r) => r.status !== 'cancelled' && r.event.endsAt > now)) {
    throw new AppError('INVALID_INPUT', 'activeRegistration');
  }
  return rows.map((r) => r.id);
}

/** Art. 17 DSGVO by anonymisation: the same routine as the retention job, for every registration of this address. */
export async function anonymisePerson(actor: string, email: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const ids = await erasableRegistrations(tx, email, now);
    if (ids.length === 0) throw new AppError('NOT_FOUND', 'noRegistrationsForAddress');
    const count = await anonymiseRegistrations(tx, ids, now);
    await recordAudit(tx, {
      actor,
      action: 'privacy.anonymise',
      summary: `Löschung nach Art. 17 DSGVO: ${count} Anmeldung(en) anonymisiert.`,
      details: { registrationIds: ids },
    });
    return count;
  });
}

/** Art. 17 DSGVO by deletion: the registrations and their mails go; check-ins stay without the link (counts). */
export async function deletePerson(actor: string, email: string, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const ids = await erasableRegistrations(tx, email, now);
    if (ids.length === 0) throw new AppError('NOT_FOUND', 'noRegistrationsForAddress');
    await tx.outboxMail.deleteMany({ where: { registrationId: { in: ids } } });
    // Certificates stay (the verify page says they existed), without the name.
    await anonymiseCertificates(tx, { registrationIds: ids }, now);
    const { count } = await tx.registration.deleteMany({ where: { id: { in: ids } } });
    await recordAudit(tx, {
      actor,
      action: 'privacy.delete',
      summary: `Löschung nach Art. 17 DSGVO: ${count} Anmeldung(en) gelöscht.`,
      details: { registrationIds: ids },
    });
    return count;
  });
}
