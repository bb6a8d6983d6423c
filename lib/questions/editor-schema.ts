import { z } from 'zod';
import { schemaMessages } from '@/lib/events/validation-text';
import { questionInputSchema } from './input-schema';
import { QUESTION_TYPES, type QuestionType } from './schema';

export const CHOICE_TYPES: readonly QuestionType[] = ['singleChoice', 'multipleChoice'];

/** What the question editor form holds: strings for the number bounds, options as rows. */
export interface QuestionFormValues {
  type: QuestionType;
  labelDe: string;
  labelEn: string;
  helpDe: string;
  helpEn: string;
  required: boolean;
  options: { value: string; de: string; en: string }[];
  min: string;
  max: string;
}

const toBound = (v: unknown) =>
  v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v.trim()) : v;
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * The editor's schema: normalises the form's strings, drops options from non-choice questions and bounds from
 * non-number ones, then applies the stored definition's schema (`questionInputSchema`) unchanged.
 */
export const questionEditorSchema = z
  .preprocess((raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const v = raw as Record<string, unknown>;
    const isChoice = CHOICE_TYPES.includes(v.type as QuestionType);
    const options = Array.isArray(v.options)
      ? v.options.map((o) => ({ ...o, en: emptyToUndefined((o as { en?: unknown }).en) }))
      : [];
    return {
      ...v,
      labelEn: emptyToUndefined(v.labelEn),
      helpDe: emptyToUndefined(v.helpDe),
      helpEn: emptyToUndefined(v.helpEn),
      options: isChoice ? options : [],
      min: v.type === 'number' ? toBound(v.min) : undefined,
      max: v.type === 'number' ? toBound(v.max) : undefined,
    };
  }, questionInputSchema)
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
    message: schemaMessages.minAboveMax,
    path: ['max'],
  });
export type QuestionEditorInput = z.output<typeof questionEditorSchema>;

export const questionTypeSchema = z.enum(QUESTION_TYPES);
