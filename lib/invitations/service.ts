import { recordAudit } from '@/lib/audit/service';
import { AppError, inputError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/server/db';
import { enqueueInvitationMails } from './outbox';
import { declineSchema, type InviteeValues, inviteeSchema } from './schema';
import { generateInvitationToken, isInvitationToken } from './token';

const BULK = { timeout: 60_000, maxWait: 10_000 } as const;

// Serialises the bulk mail steps of one event, so two clicks (or a click and the scheduled job) cannot both
// pick the same invitees.
async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'eventNotFound');
}

/** Adds one invitee by hand (no mail yet: sending is its own step). Refuses an address already invited or registered. */
export async function addInvitee(eventId: string, raw: InviteeValues, actor: string): Promise<{ id: string }> {
  const parsed = inviteeSchema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues);
  const input = parsed.data;
  const registered = await db.registration.count({
    where: { eventId, email: input.email, status: { notIn: ['cancelled', 'rejected'] } },
  });
  if (registered > 0) throw new AppError('CONFLICT', 'inviteeRegistered', {}, { email: { key: 'inviteeRegistered' } });
  try {
    return await db.invitation.create({
      data: {
        eventId,
        salutation: input.salutation ?? null,
        title: input.title ?? null,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        organization: input.organization ?? null,
        position: input.position ?? null,
        locale: input.locale,
        token: generateInvitationToken(),
        createdBy: actor,
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new AppError('CONFLICT', 'alreadyInvited', {}, { email: { key: 'alreadyInvited' } });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003')
      throw new AppError('NOT_FOUND', 'eventNotFound');
    throw error;
  }
}

/** Invitees who have not had their invitation mail yet and have not answered. */
export function unsentWhere(eventId: string): Prisma.InvitationWhereInput {
  return {
    eventId,
    anonymizedAt: null,
    status: { in: ['invited', 'opened'] },
    mails: { none: { kind: 'event_invitation' } },
  };
}

/** Invitees a reminder goes to: mailed, and neither registered nor declined. */
export function remindableWhere(eventId: string): Prisma.InvitationWhereInput {
  return {
    eventId,
    anonymizedAt: null,
    status: { in: ['invited', 'opened'] },
    mails: { some: { kind: 'event_invitation' } },
  };
}

/** "Einladungen senden": one invitation mail through the outbox for each invitee not mailed yet. */
export async function sendInvitations(eventId: string, actor: string): Promise<{ sent: number }> {
  return db.$transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const invitees = await tx.invitation.findMany({
      where: unsentWhere(eventId),
      select: { id: true, email: true },
      orderBy: { invitedAt: 'asc' },
    });
    if (invitees.length === 0) throw new AppError('INVALID_INPUT', 'noInvitationsToSend');
    const sent = await enqueueInvitationMails(tx, 'event_invitation', eventId, invitees);
    await recordAudit(tx, {
      actor,
      action: 'invitation.send',
      eventId,
      summary: `${sent} Einladung(en) in die Warteschlange gestellt.`,
      details: { invitations: sent },
    });
    return { sent };
  }, BULK);
}

/**
 * Puts a reminder into the outbox for each invitee who has neither registered nor declined, inside the caller's
 * transaction (which holds the event lock), and records it on each invitation.
 */
export async function queueReminders(tx: Tx, eventId: string, actor: string, now: Date): Promise<number> {
  const invitees = await tx.invitation.findMany({
    where: remindableWhere(eventId),
    select: { id: true, email: true },
    orderBy: { invitedAt: 'asc' },
  });
  if (invitees.length === 0) return 0;
  await tx.invitation.updateMany({
    where: { id: { in: invitees.map((i) => i.id) } },
    data: { lastRemindedAt: now, reminderCount: { increment: 1 } },
  });
  const queued = await enqueueInvitationMails(tx, 'event_invitation_reminder', eventId, invitees);
  await recordAudit(tx, {
    actor,
    action: 'invitation.remind',
    eventId,
    summary: `Erinnerung an ${queued} eingeladene Person(en) ohne Antwort in die Warteschlange gestellt.`,
    details: { invitations: queued },
  });
  return queued;
}

/** The reminder on demand. Refuses when nobody is waiting for one. */
export async function remindInvitations(eventId: string, actor: string, now = new Date()): Promise<{ sent: number }> {
  return db.$transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const sent = await queueReminders(tx, eventId, actor, now);
    if (sent === 0) throw new AppError('INVALID_INPUT', 'noInvitationsToRemind');
    return { sent };
  }, BULK);
}

/** Sets (or clears) the scheduled reminder; a new time lets the job send it again once. */
export async function setReminderSchedule(eventId: string, at: Date | null, actor: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockEvent(tx, eventId);
    await tx.event.update({
      where: { id: eventId },
      data: { invitationReminderAt: at, invitationReminderQueuedAt: null },
    });
    await recordAudit(tx, {
      actor,
      action: 'invitation.schedule',
      eventId,
      summary: at ? `Erinnerung an Eingeladene geplant für ${at.toISOString()}.` : 'Geplante Erinnerung entfernt.',
      details: { at: at?.toISOString() ?? null },
    });
  });
}

/**
 * The first display of the invitation page in a browser: invited → opened, once. Later states stay as they are.
 * Returns whether this call changed it.
 */
export async function markInvitationOpened(token: string, now = new Date()): Promise<boolean> {
  if (!isInvitationToken(token)) return false;
  const { count } = await db.invitation.updateMany({
    where: { token, status: 'invited', anonymizedAt: null },
    data: { status: 'opened', openedAt: now },
  });
  return count > 0;
}

/** "Ich kann leider nicht teilnehmen": declined with an optional note. A registered invitee cannot decline here. */
export async function declineInvitation(raw: { token: string; note?: string }, now = new Date()): Promise<void> {
  const parsed = declineSchema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues);
  const { token, note } = parsed.data;
  const invitation = await db.invitation.findUnique({
    where: { token },
    select: { id: true, status: true, anonymizedAt: true, openedAt: true },
  });
  if (!invitation || invitation.anonymizedAt) throw new AppError('NOT_FOUND', 'invitationNotFound');
  const { count } = await db.invitation.updateMany({
    where: { id: invitation.id, status: { in: ['invited', 'opened', 'declined'] } },
    data: { status: 'declined', declinedAt: now, declineNote: note || null, openedAt: invitation.openedAt ?? now },
  });
  if (count === 0) throw new AppError('CONFLICT', 'invitationAlreadyRegistered');
}
