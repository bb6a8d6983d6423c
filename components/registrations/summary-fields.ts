import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type QuestionDefinition, questionLabel } from '@/lib/questions/schema';
import type { SummaryField } from './error-summary-items';
import { FIELD_ORDER } from './field-errors';

/** Every field of the form in screen order, as the error summary lists and links them. */
export function summaryFields(
  t: Dictionary['form'],
  ts: Dictionary['sessions'] | undefined,
  questions: QuestionDefinition[],
  locale: Locale,
): SummaryField[] {
  return [
    ...FIELD_ORDER.map((name) => ({ name, targetId: name, label: t[name] })),
    ...(ts
      ? [
          { name: 'mode', targetId: 'mode', label: ts.form.modeLegend },
          { name: 'sessions', targetId: 'sessions', label: ts.form.sessionsLegend },
        ]
      : []),
    ...questions.map((q) => ({ name: `answers.${q.id}`, targetId: `q-${q.id}`, label: questionLabel(q, locale) })),
    { name: 'consents.privacy', targetId: 'consent-privacy', label: t.consentLegend },
    { name: 'newsletter', targetId: 'newsletter', label: t.newsletterLegend },
  ];
}
