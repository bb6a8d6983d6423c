import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { MailKind } from '@/lib/generated/prisma/client';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { db } from '@/lib/server/db';
import { log } from '@/lib/server/observability/logger';
import { type DecidedStatus, decisionStatement } from './decision-statement';
import { insertMailJobsAfterCommit } from './job-batch';
import { releaseBookings, seatWaitlistedBookings } from './session-release';

const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

export type Decision = 'approve' | 'reject';

export interface DecideRegistrationsInput {
  eventId: string;
  registrationIds: string[];
  decision: Decision;
  /** Optional message mailed with the decision (plain text, at most 2,000 characters). */
  note?: string;
  /** The organizer's e-mail (decidedBy, audit log). */
  actor: string;
  now?: Date;
}

export interface DecideRegistrationsResult {
  /** Approved and seated. */
  confirmed: string[];
  /** Approved when full, on an event whose approvalOverflow is "waitlist". */
  waitlisted: string[];
  /** Rejected on purpose, or approved when full on an event whose approvalOverflow is "refuse". */
  rejected: string[];
  /** No longer pending (decided meanwhile by someone else, cancelled) or not of this event: nothing written. */
  skipped: string[];
}

export const DECISION_NOTE_MAX = 2000;
/** One bulk decision at most; the attendee list selects at most this many at once. */
export const DECISION_BATCH_MAX = 1000;

const MAIL_KIND: Record<DecidedStatus, MailKind> = {
  confirmed: 'confirmation',
  waitlisted: 'waitlist',
  rejected: 'rejection',
};

/**
 * Decides pending registrations. Each approval takes its seat by the core's one conditional statement, so two
 * organizers approving at once never seat more than the capacity; every decision mails the person (outbox) and
 * is recorded in the audit log by the same statement. Approvals go in arrival order, so the earliest get the seats.
 * The caller checks that the actor may decide for this event (lib/registrations/approval-actions.ts).
 */
export async function decideRegistrations(input: DecideRegistrationsInput): Promise<DecideRegistrationsResult> {
  const now = input.now ?? new Date();
  const note = input.note?.trim() || null;
  if (note && note.length > DECISION_NOTE_MAX) throw new AppError('INVALID_INPUT', 'malformedRequest');
  const ids = [...new Set(input.registrationIds)];
  if (ids.length > DECISION_BATCH_MAX) throw new AppError('INVALID_INPUT', 'malformedRequest');
  const ordered = await db.registration.findMany({
    where: { id: { in: ids }, eventId: input.eventId, status: 'pending' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  const result: DecideRegistrationsResult = { confirmed: [], waitlisted: [], rejected: [], skipped: [] };
  const decided = new Set<string>();
  const jobs: { id: string; kind: MailKind; registrationId: string }[] = [];
  for (const { id } of ordered) {
    const mailId = randomUUID();
    // One short transaction per decision: the decision statement, then the bookings under the event lock it took.
    const row = await db.$transaction(async (tx) => {
      const [decided] = await tx.$queryRaw<{ id: string; status: DecidedStatus }[]>(
        decisionStatement({
          eventId: input.eventId,
          registrationId: id,
          approve: input.decision === 'approve',
          note,
          actor: input.actor,
          mailId,
          auditId: randomUUID(),
          now,
        }),
      );
      if (decided?.status === 'confirmed') await seatWaitlistedBookings(tx, id, now);
      if (decided?.status === 'rejected') await releaseBookings(tx, { registrationId: id, promote: false, now });
      return decided;
    }, TX_OPTIONS);
    if (!row) continue;
    decided.add(id);
    result[row.status].push(id);
    jobs.push({ id: mailId, kind: MAIL_KIND[row.status], registrationId: id });
  }
  result.skipped = ids.filter((id) => !decided.has(id));
  if (jobs.length > 0)
    await insertMailJobsAfterCommit(jobs).catch((error: unknown) =>
      log('registration').error({ err: error, eventId: input.eventId }, 'mail jobs left to the outbox relay'),
    );
  if (result.confirmed.length > 0) await revalidateAfterSeats(input.eventId);
  return result;
}

// Seats taken by approvals change the public places on the event page.
async function revalidateAfterSeats(eventId: string): Promise<void> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true } });
  if (!event) return;
  try {
    revalidateEventPage(event.slug);
  } catch {
    // Outside a Next.js request (a script, a test) there is no cache to drop.
  }
}
