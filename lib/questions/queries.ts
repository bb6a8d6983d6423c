import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { questionOptionSchema, type QuestionDefinition } from './schema';

const optionsSchema = z.array(questionOptionSchema).catch([]);

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

type QuestionRow = { archivedAt: Date | null; options: unknown } & Omit<QuestionDefinition, 'options'>;
const toDefinition = ({ archivedAt, options: raw, ...q }: QuestionRow) => ({
  ...q,
  options: optionsSchema.parse(raw),
  archived: archivedAt !== null,
});

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
  return rows.map(toDefinition);
}

/** What a registration needs to know about its event before the seat statement (lib/registrations/service.ts). */
export interface RegistrationEvent {
  id: string;
  capacity: number | null;
  confirmedCount: number;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  startsAt: Date;
  endsAt: Date;
}

type TargetRow = RegistrationEvent & { questions: QuestionRow[] };

/**
 * A published event's registration settings and active questions, by slug, in ONE statement (Prisma would
 * load the relation with a second query; every query costs a round trip on the registration hot path:
 * form action and API); null for an unknown event.
 */
export async function getRegistrationTargetBySlug(
  slug: string,
): Promise<{ event: RegistrationEvent; questions: QuestionDefinition[] } | null> {
  const [row] = await db.$queryRaw<TargetRow[]>`
    SELECT e.id, e.capacity, e."confirmedCount", e."waitlistEnabled", e."registrationOpensAt", e."registrationClosesAt",
      e."startsAt", e."endsAt",
      COALESCE((
        SELECT json_agg(json_build_object('id', q.id, 'type', q.type, 'labelDe', q."labelDe", 'labelEn', q."labelEn",
            'helpDe', q."helpDe", 'helpEn', q."helpEn", 'required', q.required, 'options', q.options, 'min', q.min,
            'max', q.max, 'archivedAt', q."archivedAt") ORDER BY q.position, q."createdAt")
        FROM "Question" q WHERE q."eventId" = e.id AND q."archivedAt" IS NULL
      ), '[]'::json) AS questions
    FROM "Event" e WHERE e.slug = ${slug} AND e.published`;
  if (!row) return null;
  const { questions, ...event } = row;
  return { event, questions: questions.map(toDefinition) };
}

/** The active questions of a published event, by slug (for the registration form); null for an unknown event. */
export async function getEventQuestionsBySlug(slug: string): Promise<QuestionDefinition[] | null> {
  return (await getRegistrationTargetBySlug(slug))?.questions ?? null;
}
