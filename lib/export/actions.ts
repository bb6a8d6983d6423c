'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { refArg } from '@/lib/edge/args';
import { getEventRefBySlugOrThrow } from '@/lib/events/queries';
import { defineAction } from '@/lib/server/edge/action';
import { deleteExportTemplate, exportTemplateSchema, saveExportTemplate } from './templates';

/** Saves the chosen columns as a named template of the event (same name: overwritten). */
export const saveExportTemplateAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, exportTemplateSchema]),
  run: async ([slug, values], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    const template = await saveExportTemplate(event.id, values, user.email);
    revalidatePath(`/dashboard/events/${slug}/export`);
    return template;
  },
});

/** Deletes a template of the event. */
export const deleteExportTemplateAction = defineAction({
  access: 'organizer',
  input: z.tuple([refArg, refArg]),
  run: async ([slug, templateId], { user }) => {
    const event = await getEventRefBySlugOrThrow(slug);
    await deleteExportTemplate(event.id, templateId, user.email);
    revalidatePath(`/dashboard/events/${slug}/export`);
    return null;
  },
});
