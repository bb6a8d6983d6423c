import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/service';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { columnKeysSchema } from './columns';

/** A template as the export page's form sends it. */
export const exportTemplateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Bitte geben Sie einen Namen ein.')
    .max(100, 'Der Name darf höchstens 100 Zeichen lang sein.'),
  columns: columnKeysSchema.refine((c) => c.length > 0, 'Bitte wählen Sie mindestens eine Spalte.'),
});

export type ExportTemplateInput = z.output<typeof exportTemplateSchema>;

/** The saved column sets of an event, by name; stored keys that are no longer valid are dropped when applied. */
export async function listExportTemplates(eventId: string) {
  const rows = await db.exportTemplate.findMany({
    where: { eventId },
    select: { id: true, name: true, columns: true },
    orderBy: { name: 'asc' },
  });
  return rows.map((t) => {
    const parsed = columnKeysSchema.safeParse(t.columns);
    return { id: t.id, name: t.name, columns: parsed.success ? parsed.data : [] };
  });
}

/** Saves (or overwrites, by name) a column set for an event, with an audit entry. */
export async function saveExportTemplate(eventId: string, input: ExportTemplateInput, actor: string) {
  return db.$transaction(async (tx) => {
    const template = await tx.exportTemplate.upsert({
      where: { eventId_name: { eventId, name: input.name } },
      create: { eventId, name: input.name, columns: input.columns, createdBy: actor },
      update: { columns: input.columns },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'export-template.save',
      eventId,
      summary: 'Exportvorlage gespeichert.',
      details: { templateId: template.id, columns: input.columns },
    });
    return template;
  });
}

/** Deletes a template of the event, with an audit entry. */
export async function deleteExportTemplate(eventId: string, templateId: string, actor: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.exportTemplate.deleteMany({ where: { id: templateId, eventId } });
    if (count === 0) throw new AppError('NOT_FOUND', 'templateNotFound');
    await recordAudit(tx, {
      actor,
      action: 'export-template.delete',
      eventId,
      summary: 'Exportvorlage gelöscht.',
      details: { templateId },
    });
  });
}
