import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { storedAnswers } from '@/lib/questions/format';
import { buildAnswersSchema, type QuestionDefinition, type QuestionType } from '@/lib/questions/schema';
import { enqueueStatusMail } from './mails';
import { db, type Tx } from '@/lib/server/db';
import { cancelRegistration } from './cancellation';
import { isManageLinkExpired } from './manage-link';
import type { RegistrationUpdateInput } from './schema';
import { isLinkToken } from './tokens';

const notFound = () => new AppError('NOT_FOUND', 'linkInvalid');
const cancelledError = () => new AppError('REGISTRATION_CANCELLED', 'registrationCancelled');

interface LockedRegistration {
  id: string;
  eventId: string;
  status: string;
  email: string;
  answers: unknown;
}

/** The registration behind a live manage link, row-locked for the rest of the transaction. */
async function lockByToken(tx: Tx, token: string, now: Date): Promise<LockedRegistration> {
  if (!isLinkToken(token)) throw notFound();
  const [row] = await tx.$queryRaw<(LockedRegistration & { endsAt: Date; retentionDays: number })[]>`
    SELECT r.id, r."eventId", r.status::text AS status, r.email, r.answers, e."endsAt", e."retentionDays"
    FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r."manageToken" = ${token}
    FOR UPDATE OF r`;
  if (!row || isManageLinkExpired(row, now)) throw notFound();
  return row;
}

/** The id of the registration behind a live manage link; throws NOT_FOUND for unknown or expired ones. */
export async function getRegistrationIdByToken(token: string, now = new Date()): Promise<string> {
  return db.$transaction(async (tx) => (await lockByToken(tx, token, now)).id);
}

/**
 * Corrects name, organisation and answers through the manage link. Answers to the event's active
 * questions are replaced (a cleared optional answer is removed); answers to archived or unknown
 * questions are kept, so changing a question never loses what was stored.
 */
export async function updateRegistrationByToken(
  token: string,
  input: RegistrationUpdateInput,
  now = new Date(),
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const row = await lockByToken(tx, token, now);
    if (row.status === 'cancelled') throw cancelledError();
    const active = await tx.question.findMany({
      where: { eventId: row.eventId, archivedAt: null },
      select: { id: true, type: true, required: true, options: true, min: true, max: true },
    });
    const stored = storedAnswers(row.answers);
    const answers: Record<string, unknown> = { ...stored };
    for (const q of active) {
      const value = (input.answers as Record<string, unknown>)[q.id];
      if (value !== undefined) answers[q.id] = value;
      // Empty means "cleared" only if the form could show the stored answer; one that no longer fits the
      // question (its type changed) was shown empty and is kept, so editing a question never loses it.
      else if (fitsQuestion(q, stored[q.id])) delete answers[q.id];
    }
    await tx.registration.update({
      where: { id: row.id },
      data: {
        salutation: input.salutation ?? null,
        title: input.title ?? null,
        firstName: input.firstName,
        lastName: input.lastName,
        organization: input.organization ?? null,
        position: input.position ?? null,
        answers: answers as Prisma.InputJsonObject,
      },
    });
    return { id: row.id };
  });
}

/**
 * Replaces a mistyped address through the manage link ("Falsche Adresse?"). The caller re-sends the
 * confirmation to the new address after commit. Throws ALREADY_REGISTERED when the address is taken.
 */
export async function changeEmailByToken(
  token: string,
  email: string,
  now = new Date(),
): Promise<{ id: string; email: string; changed: boolean }> {
  const normalized = email.trim().toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      const row = await lockByToken(tx, token, now);
      if (row.status === 'cancelled') throw cancelledError();
      if (row.email === normalized) return { id: row.id, email: normalized, changed: false };
      await tx.registration.update({ where: { id: row.id }, data: { email: normalized } });
      await enqueueStatusMail(tx, { ...row, email: normalized });
      return { id: row.id, email: normalized, changed: true };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError(
        'ALREADY_REGISTERED',
        'alreadyRegisteredForEvent',
        {},
        { email: { key: 'alreadyRegisteredForEvent' } },
      );
    }
    throw error;
  }
}

/**
 * Cancels through the manage link; a freed seat goes to the first person on the waiting list in the
 * same transaction, which also puts the cancellation and promotion mails into the outbox. When a full
 * event has a seat again, `reopenedSlug` names it, so the caller can refresh its cached public page.
 */
export async function cancelByToken(
  token: string,
  now = new Date(),
): Promise<{
  id: string;
  cancelled: boolean;
  promotedId: string | null;
  reopened: boolean;
  reopenedSlug: string | null;
}> {
  const id = await getRegistrationIdByToken(token, now);
  const result = await cancelRegistration(id, 'attendee', now, { refuseAfterStart: true });
  const reopenedSlug = result.reopened
    ? (await db.registration.findUniqueOrThrow({ where: { id }, select: { event: { select: { slug: true } } } })).event
        .slug
    : null;
  return { id, ...result, reopenedSlug };
}

function fitsQuestion(
  q: { id: string; type: QuestionType; required: boolean; options: unknown; min: number | null; max: number | null },
  value: unknown,
): boolean {
  if (value === undefined) return true;
  const options = Array.isArray(q.options) ? (q.options as QuestionDefinition['options']) : [];
  const definition: QuestionDefinition = { ...q, options, labelDe: '', labelEn: null, helpDe: null, helpEn: null };
  return buildAnswersSchema([definition]).safeParse({ [q.id]: value }).success;
}
