import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/server/db';
import type { QuestionEditorInput } from './editor-schema';

async function findQuestion(tx: Tx, eventId: string, questionId: string) {
  const q = await tx.question.findFirst({
    where: { id: questionId, eventId },
    select: { id: true, type: true, archivedAt: true },
  });
  if (!q) throw new AppError('NOT_FOUND', 'questionNotFound');
  return q;
}

/** Adds a question at the end of the form. */
export async function addQuestion(actor: string, eventId: string, data: QuestionEditorInput) {
  return db.$transaction(async (tx) => {
    const last = await tx.question.aggregate({ where: { eventId }, _max: { position: true } });
    const q = await tx.question.create({
      data: {
        ...data,
        options: data.options as Prisma.InputJsonArray,
        eventId,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'question.create',
      eventId,
      summary: 'Frage hinzugefügt.',
      details: { questionId: q.id, type: data.type },
    });
    return q;
  });
}

/**
 * Changes a question's texts, options and bounds. The type stays as created: stored answers (keyed by question id)
 * were given for that type and would no longer fit another.
 */
export async function editQuestion(actor: string, eventId: string, questionId: string, data: QuestionEditorInput) {
  return db.$transaction(async (tx) => {
    const current = await findQuestion(tx, eventId, questionId);
    if (current.type !== data.type) throw new AppError('INVALID_INPUT', 'questionTypeFixed');
    await tx.question.update({
      where: { id: questionId },
      data: { ...data, options: data.options as Prisma.InputJsonArray },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'question.update',
      eventId,
      summary: 'Frage bearbeitet.',
      details: { questionId },
    });
  });
}

/** Takes a question off the form (archived) or puts it back; its answers stay either way. */
export async function setQuestionArchived(
  actor: string,
  eventId: string,
  questionId: string,
  archived: boolean,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    await findQuestion(tx, eventId, questionId);
    await tx.question.update({
      where: { id: questionId },
      data: { archivedAt: archived ? now : null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: archived ? 'question.archive' : 'question.restore',
      eventId,
      summary: archived ? 'Frage archiviert.' : 'Frage wiederhergestellt.',
      details: { questionId },
    });
  });
}

/** Moves a question one place up or down in the form order. */
export async function moveQuestion(actor: string, eventId: string, questionId: string, direction: 'up' | 'down') {
  return db.$transaction(async (tx) => {
    const rows = await tx.question.findMany({
      where: { eventId },
      select: { id: true },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
    const index = rows.findIndex((r) => r.id === questionId);
    if (index < 0) throw new AppError('NOT_FOUND', 'questionNotFound');
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= rows.length) return;
    const order = rows.map((r) => r.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries())
      await tx.question.update({ where: { id }, data: { position }, select: { id: true } });
    await recordAudit(tx, {
      actor,
      action: 'question.move',
      eventId,
      summary: 'Reihenfolge der Fragen geändert.',
      details: { questionId, direction },
    });
  });
}
