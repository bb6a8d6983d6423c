// CONTRACT STUB (#16, owner: core helper). Signatures are fixed; the body is the core helper's.
import { AppError } from '@/lib/errors';

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

/**
 * Decides pending registrations. Each approval takes its seat by the core's one conditional statement, so two
 * organizers approving at once never seat more than the capacity; every decision mails the person (outbox).
 */
export async function decideRegistrations(_input: DecideRegistrationsInput): Promise<DecideRegistrationsResult> {
  throw new AppError('INTERNAL_ERROR', 'malformedRequest');
}
