import 'server-only';
import { db } from '@/lib/server/db';
import { type QuestionDefinition, questionFromRow } from './schema';

const questionSelect = {
  id: true,
  type: true,
  labelDe: true,
  labelEn: true,
  helpDe: true,
  helpEn: true,
  required: true,
  options: true,
  min: true,
  max: true,
  archivedAt: true,
} as const;

const questionOrder = [{ position: 'asc' as const }, { createdAt: 'asc' as const }];

/** The questions of an event in form order; archived ones only when asked (exports, detail views). */
export async function getEventQuestions(
  eventId: string,
  options: { includeArchived?: boolean } = {},
): Promise<(QuestionDefinition & { archived: boolean })[]> {
  const rows = await db.question.findMany({
    where: { eventId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: questionSelect,
    orderBy: questionOrder,
  });
  return rows.map(questionFromRow);
}
