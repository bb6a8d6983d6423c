'use client';

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { QuestionField } from '@/components/questions/question-field';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import styles from './group-form.module.css';
import { errorText } from './field-errors';
import { type GroupFormFields, MEMBER_FIELDS } from './group-form-types';
import { GroupPersonFields } from './group-person-fields';

interface Props {
  index: number;
  questions: QuestionDefinition[];
  register: UseFormRegister<GroupFormFields>;
  errors: FieldErrors<GroupFormFields>;
  locale: Locale;
  t: Dictionary['form'];
  g: Dictionary['approval']['group'];
  /** Absent while the group has only one person: a group is never empty. */
  onRemove?: () => void;
}

/** "Person 2": one colleague's fields, their answers to the event's questions and the button removing them. */
export function GroupMember({ index, questions, register, errors, locale, t, g, onRemove }: Props) {
  const n = index + 1;
  const answerErrors = errors.members?.[index]?.answers as Record<string, { message?: string }> | undefined;
  return (
    <fieldset className="card" id={`member-${index}`} data-testid="group-member">
      <legend>{fill(g.memberLegend, { n })}</legend>
      <GroupPersonFields
        prefix={`members.${index}`}
        fields={MEMBER_FIELDS}
        register={register}
        errors={errors}
        locale={locale}
        t={t}
        autofill={false}
      />
      {questions.length > 0 ? (
        <fieldset className={styles.nested}>
          <legend>{fill(g.questionsLegend, { n })}</legend>
          {questions.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              locale={locale}
              prefix={`members.${index}.`}
              requiredText={t.requiredHidden}
              noAnswerLabel={t.noAnswer}
              register={register}
              error={errorText(answerErrors?.[q.id]?.message, locale)}
            />
          ))}
        </fieldset>
      ) : null}
      {onRemove ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={onRemove}>
            {fill(g.removeMember, { n })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
