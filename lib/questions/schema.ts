import { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';

export const QUESTION_TYPES = ['text', 'longText', 'singleChoice', 'multipleChoice', 'checkbox', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionOptionSchema = z.object({
  value: z.string().trim().min(1).max(100),
  de: z.string().trim().min(1).max(200),
  en: z.string().trim().max(200).optional(),
});

/** A question definition as organizers (and the seed) create it. */
export const questionInputSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    labelDe: z.string().trim().min(1).max(300),
    labelEn: z.string().trim().max(300).optional(),
    helpDe: z.string().trim().max(1000).optional(),
    helpEn: z.string().trim().max(1000).optional(),
    required: z.boolean().default(false),
    options: z.array(questionOptionSchema).max(50).default([]),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  })
  .refine((q) => !['singleChoice', 'multipleChoice'].includes(q.type) || q.options.length >= 2, {
    message: 'Auswahlfragen brauchen mindestens zwei Antwortmöglichkeiten.',
    path: ['options'],
  })
  .refine((q) => new Set(q.options.map((o) => o.value)).size === q.options.length, {
    message: 'Die Werte der Antwortmöglichkeiten müssen eindeutig sein.',
    path: ['options'],
  });

export type QuestionInput = z.input<typeof questionInputSchema>;

/** What the form, the validator and the exports need to know about a question. */
export interface QuestionDefinition {
  id: string;
  type: QuestionType;
  labelDe: string;
  labelEn: string | null;
  helpDe: string | null;
  helpEn: string | null;
  required: boolean;
  options: { value: string; de: string; en?: string }[];
  min: number | null;
  max: number | null;
}

/** The question's label in the visitor's language (German when no translation exists). */
export function questionLabel(q: Pick<QuestionDefinition, 'labelDe' | 'labelEn'>, locale: Locale): string {
  return locale === 'en' && q.labelEn ? q.labelEn : q.labelDe;
}

/** The question's help text in the visitor's language, if any. */
export function questionHelp(q: Pick<QuestionDefinition, 'helpDe' | 'helpEn'>, locale: Locale): string | null {
  return (locale === 'en' && q.helpEn) || q.helpDe || null;
}

/** An option's label in the visitor's language. */
export function optionLabel(option: QuestionDefinition['options'][number], locale: Locale): string {
  return locale === 'en' && option.en ? option.en : option.de;
}

const MAX_TEXT = { text: 300, longText: 4000 } as const;

function answerSchema(q: QuestionDefinition): z.ZodType<unknown> {
  const values = q.options.map((o) => o.value);
  switch (q.type) {
    case 'text':
    case 'longText': {
      // Long text may keep line breaks and tabs; NUL and other control characters are refused.
      const forbidden =
        q.type === 'longText' ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
      const base = z
        .string({ error: 'required' })
        .trim()
        .max(MAX_TEXT[q.type], 'tooLong')
        .refine((v) => !forbidden.test(v), 'characters');
      return q.required ? base.min(1, 'required') : base.optional().transform((v) => v || undefined);
    }
    case 'singleChoice': {
      const choice = z.string({ error: 'option' }).refine((v) => values.includes(v), 'option');
      return q.required
        ? z.string({ error: 'required' }).min(1, 'required').pipe(choice)
        : z
            .union([choice, z.literal('')])
            .optional()
            .transform((v) => v || undefined);
    }
    case 'multipleChoice': {
      const list = z
        .array(
          z.string().refine((v) => values.includes(v), 'option'),
          { error: 'option' },
        )
        .max(values.length);
      return q.required ? list.min(1, 'required') : list.optional().transform((v) => (v?.length ? v : undefined));
    }
    case 'checkbox':
      return q.required ? z.literal(true, { error: 'required' }) : z.boolean({ error: 'option' }).optional();
    case 'number': {
      let n = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'number') }).int('number');
      if (q.min !== null) n = n.min(q.min, 'number');
      if (q.max !== null) n = n.max(q.max, 'number');
      // Form inputs send strings, and German users type "3" or leave the field empty.
      const toNumber = (v: unknown) =>
        v === '' || v === null || v === undefined
          ? undefined
          : typeof v === 'string'
            ? Number(v.trim().replace(',', '.'))
            : v;
      return z.preprocess(toNumber, q.required ? n : n.optional());
    }
  }
}

/** A zod schema for the answers object, built from the event's question definitions (keyed by question id). */
export function buildAnswersSchema(questions: QuestionDefinition[]) {
  return z.object(Object.fromEntries(questions.map((q) => [q.id, answerSchema(q)])), { error: 'required' }).strip();
}

const storedOptionsSchema = z.array(questionOptionSchema).catch([]);

export type QuestionRow = { archivedAt: Date | null; options: unknown } & Omit<QuestionDefinition, 'options'>;

/** A stored question as the forms use it; options that no longer parse count as none. */
export function questionFromRow({ archivedAt, options: raw, ...q }: QuestionRow) {
  return { ...q, options: storedOptionsSchema.parse(raw), archived: archivedAt !== null };
}
