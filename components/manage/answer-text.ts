import type { Locale } from '@/lib/format';
import type { ManageDictionary } from '@/lib/i18n/manage';
import { optionLabel, type QuestionDefinition } from '@/lib/questions/schema';

/** A stored answer as text for reading; an option that no longer exists shows its stored value, so nothing is lost. */
export function answerText(q: QuestionDefinition, value: unknown, locale: Locale, t: Pick<ManageDictionary, 'yes' | 'no' | 'none'>): string {
  if (value === undefined || value === null || value === '') return t.none;
  const label = (v: unknown) => {
    const option = q.options.find((o) => o.value === v);
    return option ? optionLabel(option, locale) : String(v);
  };
  if (Array.isArray(value)) return value.length ? value.map(label).join(', ') : t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (q.type === 'singleChoice') return label(value);
  return String(value);
}
