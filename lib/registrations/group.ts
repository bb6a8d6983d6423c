import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError, inputError } from '@/lib/errors';
import { offeredModes } from '@/lib/events/modes';
import { getRegistrationState } from '@/lib/events/registration-state';
import { revalidateEventPage } from '@/lib/events/revalidate';
import { db } from '@/lib/server/db';
import { log } from '@/lib/server/observability/logger';
import { countRegistrationOutcome } from '@/lib/server/observability/metrics';
import { PRIVACY_CONSENT_VERSION } from './consent';
import { buildGroupRegistrationSchema, type GroupRegistrationInput } from './group-schema';
import { type GroupMemberRow, type GroupStatementRow, groupStatement } from './group-statement';
import { insertMailJobsAfterCommit } from './job-batch';
import type { RegistrationTarget } from './queries';
import { type EntryStatus, isUniqueViolation, seatMailKind } from './seats';
import { checkSubmission, type RegistrationClient } from './submit';
import { generateTicketCode } from './ticket-code';
import { generateLinkToken } from './tokens';

export interface CreatedGroup {
  groupId: string;
  status: 'confirmed' | 'waitlisted' | 'pending';
  members: { id: string; email: string; status: EntryStatus; manageToken: string; ticketCode: string }[];
}

/**
 * "Kolleginnen und Kollegen anmelden" from the group form or the API: the same checks as one registration
 * (submitRegistration), then the whole group in ONE statement (group-statement.ts). It is never split: all
 * seated, all on the waiting list (if the event has one), all pending (approval), or refused with the number of
 * places left (409 groupPlacesLeft). Each member gets a ticket, a seat mail and a manage link; the submitter one
 * summary mail. A member already registered is refused by name before anything is written.
 */
export async function submitGroupRegistration(
  target: RegistrationTarget,
  raw: Record<string, unknown>,
  client: RegistrationClient,
): Promise<CreatedGroup> {
  const { formToken } = await checkSubmission(raw, client);
  const parsed = buildGroupRegistrationSchema(target.questions, target.event.maxGroupSize).safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues);
  return countRegistrationOutcome(
    `${client.source}-group`,
    createGroupRegistration(target, parsed.data, { source: client.source, locale: client.locale, formToken }),
  );
}

export async function createGroupRegistration(
  target: RegistrationTarget,
  input: GroupRegistrationInput,
  options: { source: 'form' | 'api'; locale: string; formToken?: string; now?: Date },
): Promise<CreatedGroup> {
  const { event } = target;
  const now = options.now ?? new Date();
  const state = getRegistrationState(event, now);
  if (state.status === 'closed') throw new AppError('REGISTRATION_CLOSED', 'registrationClosed');
  if (state.status === 'invitationOnly') throw new AppError('REGISTRATION_CLOSED', 'invitationOnly');
  // A group chooses no sessions, so it cannot meet a choice the event requires.
  if (event.sessionChoice === 'required')
    throw new AppError('INVALID_INPUT', 'sessionRequired', {}, { sessions: { key: 'sessionRequired' } });
  await refuseRegisteredMembers(event.id, input.members);
  const mode = offeredModes(event.attendanceFormat)[0] ?? 'onsite';

  const members: GroupMemberRow[] = input.members.map((m) => ({
    ...m,
    id: randomUUID(),
    ticketCode: generateTicketCode(),
    manageToken: generateLinkToken(),
    mailId: randomUUID(),
    joinToken: mode === 'online' ? generateLinkToken() : null,
  }));
  const groupId = randomUUID();
  const summaryMailId = randomUUID();
  const { submitter } = input;
  let rows: GroupStatementRow[];
  try {
    rows = await db.$queryRaw(
      groupStatement({
        eventId: event.id,
        groupId,
        submitter,
        members,
        summaryMailId,
        pending: event.approvalRequired,
        source: options.source,
        locale: options.locale,
        privacyConsentVersion: PRIVACY_CONSENT_VERSION,
        formTokenMac: options.formToken,
        mode,
        now,
      }),
    );
  } catch (error) {
    // Someone of the group registered alone between the check above and this statement.
    if (isUniqueViolation(error)) throw new AppError('ALREADY_REGISTERED', 'alreadyRegistered');
    throw error;
  }
  const [result] = rows;
  if (result && !result.tokenOk) throw new AppError('BOT_SUSPECTED', 'rejected');
  if (!result?.status)
    throw new AppError('EVENT_FULL', 'groupPlacesLeft', { size: members.length, left: result?.left ?? 0 });
  const status = result.status;
  const jobs = [
    ...members.map((m) => ({ id: m.mailId, kind: seatMailKind(status), registrationId: m.id })),
    { id: summaryMailId, kind: 'group_summary' as const, registrationId: null },
  ];
  await insertMailJobsAfterCommit(jobs).catch((error: unknown) =>
    log('registration').error({ err: error, groupId }, 'mail jobs left to the outbox relay'),
  );
  if (result.filledLastSeat) revalidateEventPage(event.slug);
  return {
    groupId,
    status,
    members: members.map((m) => ({
      id: m.id,
      email: m.email,
      status,
      manageToken: m.manageToken,
      ticketCode: m.ticketCode,
    })),
  };
}

/** 409 naming the first member whose address already has an active registration for the event. */
async function refuseRegisteredMembers(eventId: string, members: { email: string }[]): Promise<void> {
  const taken = await db.registration.findMany({
    where: { eventId, email: { in: members.map((m) => m.email) }, status: { notIn: ['cancelled', 'rejected'] } },
    select: { email: true },
  });
  if (taken.length === 0) return;
  const emails = new Set(taken.map((t) => t.email));
  const index = members.findIndex((m) => emails.has(m.email));
  const email = members[index]?.email ?? '';
  throw new AppError(
    'ALREADY_REGISTERED',
    'memberAlreadyRegistered',
    { email },
    {
      [`members.${index}.email`]: { key: 'memberAlreadyRegistered', values: { email } },
    },
  );
}
