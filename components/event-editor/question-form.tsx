'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { SelectField } from '@/components/ui/form-field';
import { CHOICE_TYPES, questionEditorSchema, type QuestionFormValues } from '@/lib/questions/editor-schema';
import { saveQuestionAction } from '@/lib/questions/editor-actions';
import { QUESTION_TYPES } from '@/lib/questions/schema';
import { fill } from '@/lib/i18n/config';
import { useEditorText } from './editor-text';
import { CheckField, InputField } from './fields';
import { EntryButtons } from './entry-buttons';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

interface Props {
  eventId: string;
  questionId: string | null;
  defaults: QuestionFormValues;
  idPrefix: string;
}

/** Adds or edits a custom question; the type is fixed once created, because answers were given for it. */
export function QuestionForm({ eventId, questionId, defaults, idPrefix }: Props) {
  const text = useEditorText();
  const t = text.questions;
  const { register, control, handleSubmit, setError, getValues, reset, formState } = useForm<QuestionFormValues>({
    // The schema's preprocess step types its input as unknown; the form holds QuestionFormValues.
    resolver: zodResolver(questionEditorSchema as unknown as z.ZodType<QuestionFormValues, QuestionFormValues>),
    defaultValues: defaults,
  });
  const options = useFieldArray({ control, name: 'options' });
  const type = useWatch({ control, name: 'type' });
  const { submit, status } = useEditorSubmit(setError, questionId ? text.common.saved : t.added);
  const onSubmit = handleSubmit(async () => {
    const saved = await submit(() => saveQuestionAction(eventId, questionId, getValues()));
    if (saved && !questionId) reset(defaults);
  });
  const { errors } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;
  const optionsError = errors.options as { message?: string; root?: { message?: string } } | undefined;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={questionId ? fill(t.editForm, { label: defaults.labelDe }) : t.newForm}
    >
      {status}
      {questionId ? (
        <p>
          <strong>{t.kind}</strong> {t.types[defaults.type]} <span className="muted">{t.kindFixed}</span>
        </p>
      ) : (
        <SelectField
          id={id('type')}
          label={t.type}
          required
          registration={register('type')}
          emptyLabel={t.choose}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t.types[type] }))}
          error={errors.type?.message}
        />
      )}
      <InputField
        id={id('labelDe')}
        label={t.labelDe}
        required
        registration={register('labelDe')}
        error={errors.labelDe?.message}
      />
      <InputField
        id={id('labelEn')}
        label={t.labelEn}
        registration={register('labelEn')}
        error={errors.labelEn?.message}
      />
      <InputField id={id('helpDe')} label={t.helpDe} registration={register('helpDe')} error={errors.helpDe?.message} />
      <InputField id={id('helpEn')} label={t.helpEn} registration={register('helpEn')} error={errors.helpEn?.message} />
      <CheckField id={id('required')} label={t.required} registration={register('required')} />
      {CHOICE_TYPES.includes(type) ? (
        <fieldset>
          <legend>{t.options}</legend>
          <p id={id('options-error')} className="error-text" aria-live="polite">
            {optionsError?.message ?? optionsError?.root?.message}
          </p>
          {options.fields.map((field, i) => (
            <fieldset key={field.id} className="card">
              <legend>{fill(t.optionN, { n: i + 1 })}</legend>
              <InputField
                id={id(`opt-${i}-de`)}
                label={t.optionDe}
                required
                registration={register(`options.${i}.de`)}
                error={errors.options?.[i]?.de?.message}
              />
              <InputField
                id={id(`opt-${i}-en`)}
                label={t.optionEn}
                registration={register(`options.${i}.en`)}
                error={errors.options?.[i]?.en?.message}
              />
              <InputField
                id={id(`opt-${i}-value`)}
                label={t.optionValue}
                required
                registration={register(`options.${i}.value`)}
                error={errors.options?.[i]?.value?.message}
                hint={t.optionValueHint}
              />
              <EntryButtons
                entryLabel={t.option}
                index={i}
                onMoveUp={() => options.move(i, i - 1)}
                onRemove={() => options.remove(i)}
              />
            </fieldset>
          ))}
          <p>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => options.append({ value: `option-${options.fields.length + 1}`, de: '', en: '' })}
            >
              {t.addOption}
            </button>
          </p>
        </fieldset>
      ) : null}
      {type === 'number' ? (
        <>
          <InputField
            id={id('min')}
            label={t.min}
            inputMode="numeric"
            registration={register('min')}
            error={errors.min?.message}
          />
          <InputField
            id={id('max')}
            label={t.max}
            inputMode="numeric"
            registration={register('max')}
            error={errors.max?.message}
          />
        </>
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label={questionId ? text.common.save : t.add} />
    </form>
  );
}
