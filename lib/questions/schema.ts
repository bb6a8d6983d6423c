// zod/mini: the answers schema is part of the registration schema that the form ships to the browser.
import * as z from 'zod/mini';
import type { Locale } from '@/lib/i18n/config';
import { personTextChecks } from '@/lib/text/schema';

export const QUESTION_TYPES = ['text', 'longText', 'singleChoice', 'multipleChoice', 'checkbox', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

export const questionOptionSchema = z.object({
  value: trimmed(1, 100),
  de: trimmed(1, 200),
  en: z.optional(trimmed(0, 200)),
});

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

function answerSchema(q: QuestionDefinition): z.ZodMiniType<unknown> {
  const values = q.options.map((o) => o.value);
  const offered = () => z.refine<string>((v) => values.includes(v), 'option');
  switch (q.type) {
    case 'text':
    case 'longText': {
      // Long text may keep line breaks and tabs; everything else follows the one text rule.
      const rule = { multiline: q.type === 'longText', required: q.required };
      const base = z
        .string({ error: 'required' })
        .check(...personTextChecks(rule), z.maxLength(MAX_TEXT[q.type], 'tooLong'));
      return q.required
        ? base.check(z.minLength(1, 'required'))
        : z.pipe(
            z.optional(base),
            z.transform((v) => v || undefined),
          );
    }
    case 'singleChoice': {
      const choice = z.string({ error: 'option' }).check(offered());
      return q.required
        ? z.pipe(z.string({ error: 'required' }).check(z.minLength(1, 'required')), choice)
        : z.pipe(
            z.optional(z.union([choice, z.literal('')])),
            z.transform((v) => v || undefined),
          );
    }
    case 'multipleChoice': {
      const list = z.array(z.string().check(offered()), { error: 'option' }).check(z.maxLength(values.length));
      return q.required
        ? list.check(z.minLength(1, 'required'))
        : z.pipe(
            z.optional(list),
            z.transform((v) => (v?.length ? v : undefined)),
          );
    }
    case 'checkbox':
      return q.required ? z.literal(true, { error: 'required' }) : z.optional(z.boolean({ error: 'option' }));
    case 'number': {
      const bounds = [
        z.int('number'),
        ...(q.min !== null ? [z.gte(q.min, 'number')] : []),
        ...(q.max !== null ? [z.lte(q.max, 'number')] : []),
      ];
      const n = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'number') }).check(...bounds);
      // Form inputs send strings, and German users type "3" or leave the field empty.
      const toNumber = (v: unknown) =>
        v === '' || v === null || v === undefined
          ? undefined
          : typeof v === 'string'
            ? Number(v.trim().replace(',', '.'))
            : v;
      return z.pipe(z.transform(toNumber), q.required ? n : z.optional(n));
    }
  }
}

/** A zod schema for the answers object, built from the event's question definitions (keyed by question id). */
export function buildAnswersSchema(questions: QuestionDefinition[]) {
  return z.object(Object.fromEntries(questions.map((q) => [q.id, answerSchema(q)])), { error: 'required' });
}

const storedOptionsSchema = z.catch(z.array(questionOptionSchema), []);

export type QuestionRow = { archivedAt: Date | null; options: unknown } & Omit<QuestionDefinition, 'options'>;

/** A stored question as the forms use it; options that no longer parse count as none. */
export function questionFromRow({ archivedAt, options: raw, ...q }: QuestionRow) {
  return { ...q, options: storedOptionsSchema.parse(raw), archived: archivedAt !== null };
}
