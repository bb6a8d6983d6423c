import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { formatAnswer } from '@/lib/questions/format';
import type { QuestionDefinition } from '@/lib/questions/schema';

/** A stored answer as text for reading; an option that no longer exists shows its stored value, so nothing is lost. */
export function answerText(
  q: QuestionDefinition,
  value: unknown,
  locale: Locale,
  t: Pick<Dictionary['manage'], 'yes' | 'no' | 'none'>,
): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  return formatAnswer(q, value, locale);
}
