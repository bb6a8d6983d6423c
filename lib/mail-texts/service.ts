import { AppError, inputError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { type MailTextInput, mailTextSchema } from './schema';

/**
 * Stores one mail text override of an event, or removes it when both fields are empty (back to the default).
 * Re-parses what the action already checked, so scripts and tests get the same refusals.
 */
export async function saveMailText(eventId: string, input: MailTextInput): Promise<'saved' | 'reset'> {
  const parsed = mailTextSchema.safeParse(input);
  if (!parsed.success) throw inputError(parsed.error.issues);
  const { kind, locale, subject, body } = parsed.data;
  if (!(await db.event.count({ where: { id: eventId } }))) throw new AppError('NOT_FOUND', 'eventNotFound');
  const key = { eventId_kind_locale: { eventId, kind, locale } };
  if (!subject && !body) {
    await db.eventMailText.deleteMany({ where: { eventId, kind, locale } });
    return 'reset';
  }
  await db.eventMailText.upsert({
    where: key,
    create: { eventId, kind, locale, subject, body },
    update: { subject, body },
  });
  return 'saved';
}

/** Copies every mail text of one event to another (duplicating an event), inside the caller's transaction. */
export async function copyMailTexts(
  tx: Pick<typeof db, 'eventMailText'>,
  fromEventId: string,
  toEventId: string,
): Promise<void> {
  const texts = await tx.eventMailText.findMany({ where: { eventId: fromEventId } });
  if (texts.length === 0) return;
  await tx.eventMailText.createMany({
    data: texts.map(({ kind, locale, subject, body }) => ({ eventId: toEventId, kind, locale, subject, body })),
  });
}
