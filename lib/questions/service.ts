import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { questionInputSchema, type QuestionInput } from './input-schema';

/** Adds a question to the end of an event's form. */
export async function createQuestion(eventId: string, input: QuestionInput) {
  const data = questionInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const last = await tx.question.aggregate({ where: { eventId }, _max: { position: true } });
    return tx.question.create({
      data: {
        ...data,
        options: data.options as Prisma.InputJsonArray,
        eventId,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
  });
}

/** Changes a question; stored answers stay untouched (they are keyed by question id). */
export async function updateQuestion(questionId: string, input: QuestionInput) {
  const data = questionInputSchema.parse(input);
  const { count } = await db.question.updateMany({
    where: { id: questionId },
    data: { ...data, options: data.options as Prisma.InputJsonArray },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'questionNotFound');
}

/** Removes a question from the form but keeps it, so existing answers still have a label. */
export async function archiveQuestion(questionId: string, now = new Date()) {
  const { count } = await db.question.updateMany({ where: { id: questionId }, data: { archivedAt: now } });
  if (count === 0) throw new AppError('NOT_FOUND', 'questionNotFound');
}
