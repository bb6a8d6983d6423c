// The organizers' side of questions: a definition as the editor and the seed create it. Apart from
// ./schema.ts, so that the public registration form does not ship the editor's messages.
import * as z from 'zod/mini';
import { schemaMessages } from '@/lib/events/validation-text';
import { QUESTION_TYPES, questionOptionSchema, trimmed } from './schema';

/** A question definition as organizers (and the seed) create it. */
export const questionInputSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    labelDe: trimmed(1, 300),
    labelEn: z.optional(trimmed(0, 300)),
    helpDe: z.optional(trimmed(0, 1000)),
    helpEn: z.optional(trimmed(0, 1000)),
    required: z._default(z.boolean(), false),
    options: z._default(z.array(questionOptionSchema).check(z.maxLength(50)), []),
    min: z.optional(z.number().check(z.int())),
    max: z.optional(z.number().check(z.int())),
  })
  .check(
    z.refine((q) => !['singleChoice', 'multipleChoice'].includes(q.type) || q.options.length >= 2, {
      message: schemaMessages.choiceOptionsMin,
      path: ['options'],
    }),
    z.refine((q) => new Set(q.options.map((o) => o.value)).size === q.options.length, {
      message: schemaMessages.choiceOptionsUnique,
      path: ['options'],
    }),
  );

export type QuestionInput = z.input<typeof questionInputSchema>;
