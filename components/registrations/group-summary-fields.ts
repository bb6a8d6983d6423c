import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type QuestionDefinition, questionLabel } from '@/lib/questions/schema';
import type { SummaryField } from './error-summary-items';
import { fieldId, MEMBER_FIELDS, SUBMITTER_FIELDS } from './group-form-types';

/** Every field of the group form in screen order, labelled with its person, as the error summary lists them. */
export function groupSummaryFields(
  memberCount: number,
  questions: QuestionDefinition[],
  t: Dictionary['form'],
  g: Dictionary['approval']['group'],
  locale: Locale,
): SummaryField[] {
  const submitter = SUBMITTER_FIELDS.map((f) => ({
    name: `submitter.${f}`,
    targetId: fieldId('submitter', f),
    label: `${g.submitterLegend} – ${t[f]}`,
  }));
  const members = Array.from({ length: memberCount }, (_, i) => {
    const person = fill(g.memberLegend, { n: i + 1 });
    return [
      ...MEMBER_FIELDS.map((f) => ({
        name: `members.${i}.${f}`,
        targetId: fieldId(`members.${i}`, f),
        label: `${person} – ${t[f]}`,
      })),
      ...questions.map((q) => ({
        name: `members.${i}.answers.${q.id}`,
        targetId: `members-${i}-q-${q.id}`,
        label: `${person} – ${questionLabel(q, locale)}`,
      })),
    ];
  }).flat();
  return [
    ...submitter,
    { name: 'members', targetId: 'member-0', label: g.heading },
    ...members,
    { name: 'consents.privacy', targetId: 'consent-privacy', label: t.consentLegend },
  ];
}
