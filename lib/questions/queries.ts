import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { questionOptionSchema, type QuestionDefinition } from './schema';

const optionsSchema = z.array(questionOptionSchema).catch([]);

const questionSelect = {
  id: true, type: true, labelDe: true, labelEn: true, helpDe: true, helpEn: true,
  required: true, options: true, min: true, max: true, archivedAt: true,
} as const;

const questionOrder = [{ position: 'asc' as const }, { createdAt: 'asc' as const }];

type QuestionRow = { archivedAt: Date | null; options: unknown } & Omit<QuestionDefinition, 'options'>;
const toDefinition = ({ archivedAt, options: raw, ...q }: QuestionRow) => ({ ...q, options: optionsSchema.parse(raw), archived: archivedAt !== null });

/** The questions of an event in form order; archived ones only when asked (exports, detail views). */
export async function getEventQuestions(eventId: string, options: { includeArchived?: boolean } = {}): Promise<(QuestionDefinition & { archived: boolean })[]> {
  const rows = await db.question.findMany({
    where: { eventId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: questionSelect,
    orderBy: questionOrder,
  });
  return rows.map(toDefinition);
}

/** The active questions of a published event, by slug (for the registration form, action and API); null for an unknown event. */
export async function getEventQuestionsBySlug(slug: string): Promise<QuestionDefinition[] | null> {
  // One query on the registration hot path: the event and its active questions together.
  const event = await db.event.findFirst({
    where: { slug, published: true },
    select: { questions: { where: { archivedAt: null }, select: questionSelect, orderBy: questionOrder } },
  });
  return event ? event.questions.map(toDefinition) : null;
}
