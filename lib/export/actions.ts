'use server';

import { revalidatePath } from 'next/cache';
import { requireOrganizer } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { deleteExportTemplate, exportTemplateSchema, saveExportTemplate } from './templates';

type Result<T> = { ok: true; data: T } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

async function eventOf(slug: unknown) {
  return typeof slug === 'string' && slug.length <= 200
    ? db.event.findUnique({ where: { slug }, select: { id: true } })
    : null;
}

/** Saves the chosen columns as a named template of the event (same name: overwritten). */
export async function saveExportTemplateAction(slug: string, values: unknown): Promise<Result<{ id: string }>> {
  const user = await requireOrganizer();
  const event = await eventOf(slug);
  if (!event) return { ok: false, formError: 'Veranstaltung nicht gefunden.' };
  const parsed = exportTemplateSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'name'), i.message]));
    return { ok: false, fieldErrors };
  }
  const template = await saveExportTemplate(event.id, parsed.data, user.email);
  revalidatePath(`/dashboard/events/${slug}/export`);
  return { ok: true, data: template };
}

/** Deletes a template of the event. */
export async function deleteExportTemplateAction(slug: string, templateId: string): Promise<Result<null>> {
  const user = await requireOrganizer();
  const event = await eventOf(slug);
  if (!event || typeof templateId !== 'string') return { ok: false, formError: 'Vorlage nicht gefunden.' };
  try {
    await deleteExportTemplate(event.id, templateId, user.email);
  } catch (error) {
    if (isAppError(error)) return { ok: false, formError: error.message };
    throw error;
  }
  revalidatePath(`/dashboard/events/${slug}/export`);
  return { ok: true, data: null };
}
