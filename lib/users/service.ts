import { recordAudit } from '@/lib/audit/service';
import { endAllSessions } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { db } from '@/lib/server/db';
import type { ChangeRoleInput, InviteUserInput, SetDisabledInput, StaffAssignmentsInput } from './schema';

async function findUserOrThrow(tx: Pick<typeof db, 'user'>, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } });
  if (!user) throw new AppError('NOT_FOUND', 'userNotFound');
  return user;
}

/**
 * Invites an address with a role (or re-invites and re-enables it) and queues the invitation mail in the same
 * transaction, so an invited person always hears of it and a failed invitation sends nothing.
 */
export async function inviteUser(actor: string, input: InviteUserInput): Promise<{ id: string; created: boolean }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const now = new Date();
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { role: input.role, invitedBy: actor, invitedAt: now, disabledAt: null },
          select: { id: true },
        })
      : await tx.user.create({
          data: { email: input.email, role: input.role, invitedBy: actor, invitedAt: now },
          select: { id: true },
        });
    await recordAudit(tx, {
      actor,
      action: 'user.invite',
      summary: `Person eingeladen (Rolle ${input.role}).`,
      details: { userId: user.id, role: input.role },
    });
    await enqueueMail(tx, { kind: 'invitation', recipient: input.email });
    return { id: user.id, created: !existing };
  });
}

/** Changes a user's role; admins cannot change their own, so nobody locks themselves out. */
export async function changeUserRole(actor: { id: string; email: string }, input: ChangeRoleInput): Promise<void> {
  if (actor.id === input.userId) throw new AppError('INVALID_INPUT', 'ownRole');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, input.userId);
    if (user.role === input.role) return;
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actor: actor.email,
      action: 'user.role',
      summary: `Rolle geändert: ${user.role} → ${input.role}.`,
      details: { userId: user.id, from: user.role, to: input.role },
    });
  });
}

/** Disables a user, ending every session at once, or enables them again. */
export async function setUserDisabled(actor: { id: string; email: string }, input: SetDisabledInput): Promise<void> {
  if (actor.id === input.userId) throw new AppError('INVALID_INPUT', 'disableSelf');
  await db.$transaction(async (tx) => {
    const user = await findUserOrThrow(tx, input.userId);
    if (!!user.disabledAt === input.disabled) return;
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? new Date() : null } });
    const ended = input.disabled ? await endAllSessions(tx, user.id) : 0;
    await recordAudit(tx, {
      actor: actor.email,
      action: input.disabled ? 'user.disable' : 'user.enable',
      summary: input.disabled ? `Zugang gesperrt, ${ended} Sitzung(en) beendet.` : 'Zugang wieder freigegeben.',
      details: { userId: user.id, endedSessions: ended },
    });
  });
}

/** Replaces the set of events a user may check in at; records what was added and removed. */
export async function setStaffAssignments(
  actor: string,
  input: StaffAssignmentsInput,
): Promise<{ added: number; removed: number }> {
  const wanted = [...new Set(input.eventIds)];
  return db.$transaction(async (tx) => {
    await findUserOrThrow(tx, input.userId);
    if (wanted.length && (await tx.event.count({ where: { id: { in: wanted } } })) !== wanted.length) {
      throw new AppError('INVALID_INPUT', 'unknownEvents');
    }
    const current = (
      await tx.staffAssignment.findMany({ where: { userId: input.userId }, select: { eventId: true } })
    ).map((a) => a.eventId);
    const add = wanted.filter((e) => !current.includes(e));
    const remove = current.filter((e) => !wanted.includes(e));
    if (add.length)
      await tx.staffAssignment.createMany({ data: add.map((eventId) => ({ userId: input.userId, eventId })) });
    if (remove.length)
      await tx.staffAssignment.deleteMany({ where: { userId: input.userId, eventId: { in: remove } } });
    for (const eventId of add) {
      await recordAudit(tx, {
        actor,
        action: 'staff.assign',
        eventId,
        summary: 'Einlass-Zuordnung hinzugefügt.',
        details: { userId: input.userId },
      });
    }
    for (const eventId of remove) {
      await recordAudit(tx, {
        actor,
        action: 'staff.unassign',
        eventId,
        summary: 'Einlass-Zuordnung entfernt.',
        details: { userId: input.userId },
      });
    }
    return { added: add.length, removed: remove.length };
  });
}
