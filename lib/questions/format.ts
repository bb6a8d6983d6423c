import type { Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { optionLabel, type QuestionDefinition } from './schema';

/** A stored answer as text for tables, exports and mails ("" when unanswered). */
export function formatAnswer(
  question: Pick<QuestionDefinition, 'type' | 'options'>,
  value: unknown,
  locale: Locale = 'de',
): string {
  if (value === undefined || value === null || value === '') return '';
  const label = (v: unknown) => {
    const option = question.options.find((o) => o.value === v);
    return option ? optionLabel(option, locale) : String(v);
  };
  switch (question.type) {
    case 'singleChoice':
      return label(value);
    case 'multipleChoice':
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    case 'checkbox':
      if (typeof value !== 'boolean') return String(value);
      return value ? getDictionary(locale).common.yes : getDictionary(locale).common.no;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A registration's stored answers (JSON) as an object keyed by question id; anything else counts as none. */
export function storedAnswers(answers: unknown): Record<string, unknown> {
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
}

/** The answer to one question from a registration's stored answers object. */
export function answerOf(answers: unknown, questionId: string): unknown {
  return storedAnswers(answers)[questionId];
}
