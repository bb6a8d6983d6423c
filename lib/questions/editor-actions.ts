'use server';

import { z } from 'zod';
import { directionArg, refArg } from '@/lib/edge/args';
import { revalidateEvent } from '@/lib/events/revalidate';
import { defineAction } from '@/lib/server/edge/action';
import { db } from '@/lib/server/db';
import { questionEditorSchema } from './editor-schema';
import { addQuestion, editQuestion, moveQuestion, setQuestionArchived } from './editor-service';

/** The event's pages show its questions, so they are rebuilt after each change. */
async function revalidateEventById(eventId: string): Promise<{ saved: true }> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true } });
  if (event) revalidateEvent(event.slug);
  return { saved: true };
}

/** Adds (questionId null) or changes a custom question. */
export const saveQuestionAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg.nullable(), questionEditorSchema]),
  run: async ([eventId, questionId, values], { user }) => {
    if (questionId) await editQuestion(user.email, eventId, questionId, values);
    else await addQuestion(user.email, eventId, values);
    return revalidateEventById(eventId);
  },
});

/** Archives a question (off the form, answers kept) or restores it. */
export const setQuestionArchivedAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, z.boolean()]),
  run: async ([eventId, questionId, archived], { user }) => {
    await setQuestionArchived(user.email, eventId, questionId, archived);
    return revalidateEventById(eventId);
  },
});

/** Moves a question one place up or down. */
export const moveQuestionAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg, directionArg]),
  run: async ([eventId, questionId, direction], { user }) => {
    await moveQuestion(user.email, eventId, questionId, direction);
    return revalidateEventById(eventId);
  },
});
