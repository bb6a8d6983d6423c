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

/** What a registration needs to know about its event before the seat statement (lib/registrations/service.ts). */
export const registrationEventSelect = {
  id: true, capacity: true, confirmedCount: true, waitlistEnabled: true,
  registrationOpensAt: true, registrationClosesAt: true, startsAt: true, endsAt: true,
} as const;

/**
 * A published event's registration settings and active questions, by slug, in one query (the registration
 * hot path: form action and API); null for an unknown event.
 */
export async function getRegistrationTargetBySlug(slug: string) {
  const event = await db.event.findFirst({
    where: { slug, published: true },
    select: { ...registrationEventSelect, questions: { where: { archivedAt: null }, select: questionSelect, orderBy: questionOrder } },
  });
  if (!event) return null;
  const { questions, ...settings } = event;
  return { event: settings, questions: questions.map(toDefinition) };
}

/** The active questions of a published event, by slug (for the registration form); null for an unknown event. */
export async function getEventQuestionsBySlug(slug: string): Promise<QuestionDefinition[] | null> {
  return (await getRegistrationTargetBySlug(slug))?.questions ?? null;
}
