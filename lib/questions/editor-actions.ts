'use server';

import { requireOrganizer } from '@/lib/auth/guards';
import { zodFieldErrors } from '@/lib/events/editor-schema';
import { editorFailure, type EditorResult } from '@/lib/events/field-error';
import { revalidateEvent } from '@/lib/events/revalidate';
import { db } from '@/lib/server/db';
import { questionEditorSchema } from './editor-schema';
import { addQuestion, editQuestion, moveQuestion, setQuestionArchived } from './editor-service';

type Done = EditorResult<{ saved: true }>;

async function run(eventId: string, work: () => Promise<unknown>): Promise<Done> {
  try {
    await work();
  } catch (error) {
    return editorFailure(error);
  }
  const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true } });
  if (event) revalidateEvent(event.slug);
  return { ok: true, data: { saved: true } };
}

/** Adds (questionId null) or changes a custom question. */
export async function saveQuestionAction(eventId: string, questionId: string | null, values: unknown): Promise<Done> {
  const user = await requireOrganizer();
  const parsed = questionEditorSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const id = String(eventId);
  return run(id, () =>
    questionId ? editQuestion(user.email, id, String(questionId), values) : addQuestion(user.email, id, values),
  );
}

/** Archives a question (off the form, answers kept) or restores it. */
export async function setQuestionArchivedAction(eventId: string, questionId: string, archived: boolean): Promise<Done> {
  const user = await requireOrganizer();
  return run(String(eventId), () =>
    setQuestionArchived(user.email, String(eventId), String(questionId), archived === true),
  );
}

/** Moves a question one place up or down. */
export async function moveQuestionAction(eventId: string, questionId: string, direction: 'up' | 'down'): Promise<Done> {
  const user = await requireOrganizer();
  return run(String(eventId), () =>
    moveQuestion(user.email, String(eventId), String(questionId), direction === 'up' ? 'up' : 'down'),
  );
}
