'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { SelectField } from '@/components/ui/form-field';
import {
  CHOICE_TYPES,
  QUESTION_TYPE_LABELS,
  questionEditorSchema,
  type QuestionFormValues,
} from '@/lib/questions/editor-schema';
import { saveQuestionAction } from '@/lib/questions/editor-actions';
import { QUESTION_TYPES } from '@/lib/questions/schema';
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
  const { register, control, handleSubmit, setError, getValues, reset, formState } = useForm<QuestionFormValues>({
    // The schema's preprocess step types its input as unknown; the form holds QuestionFormValues.
    resolver: zodResolver(questionEditorSchema as unknown as z.ZodType<QuestionFormValues, QuestionFormValues>),
    defaultValues: defaults,
  });
  const options = useFieldArray({ control, name: 'options' });
  const type = useWatch({ control, name: 'type' });
  const { submit, status } = useEditorSubmit(setError, questionId ? 'Gespeichert.' : 'Frage hinzugefügt.');
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
      aria-label={questionId ? `Frage bearbeiten: ${defaults.labelDe}` : 'Neue Frage'}
    >
      {status}
      {questionId ? (
        <p>
          <strong>Art:</strong> {QUESTION_TYPE_LABELS[defaults.type]}{' '}
          <span className="muted">(nach dem Anlegen fest, damit vorhandene Antworten passen)</span>
        </p>
      ) : (
        <SelectField
          id={id('type')}
          label="Art der Frage"
          required
          registration={register('type')}
          emptyLabel="Bitte wählen"
          options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
          error={errors.type?.message}
        />
      )}
      <InputField
        id={id('labelDe')}
        label="Frage (deutsch)"
        required
        registration={register('labelDe')}
        error={errors.labelDe?.message}
      />
      <InputField
        id={id('labelEn')}
        label="Frage (englisch)"
        registration={register('labelEn')}
        error={errors.labelEn?.message}
      />
      <InputField
        id={id('helpDe')}
        label="Hilfetext (deutsch)"
        registration={register('helpDe')}
        error={errors.helpDe?.message}
      />
      <InputField
        id={id('helpEn')}
        label="Hilfetext (englisch)"
        registration={register('helpEn')}
        error={errors.helpEn?.message}
      />
      <CheckField id={id('required')} label="Pflichtfrage" registration={register('required')} />
      {CHOICE_TYPES.includes(type) ? (
        <fieldset>
          <legend>Antwortmöglichkeiten</legend>
          <p id={id('options-error')} className="error-text" aria-live="polite">
            {optionsError?.message ?? optionsError?.root?.message}
          </p>
          {options.fields.map((field, i) => (
            <fieldset key={field.id} className="card">
              <legend>Möglichkeit {i + 1}</legend>
              <InputField
                id={id(`opt-${i}-de`)}
                label="Text (deutsch)"
                required
                registration={register(`options.${i}.de`)}
                error={errors.options?.[i]?.de?.message}
              />
              <InputField
                id={id(`opt-${i}-en`)}
                label="Text (englisch)"
                registration={register(`options.${i}.en`)}
                error={errors.options?.[i]?.en?.message}
              />
              <InputField
                id={id(`opt-${i}-value`)}
                label="Gespeicherter Wert"
                required
                registration={register(`options.${i}.value`)}
                error={errors.options?.[i]?.value?.message}
                hint="Steht im Export; bei vorhandenen Antworten nicht mehr ändern."
              />
              <EntryButtons
                entryLabel="Möglichkeit"
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
              Möglichkeit hinzufügen
            </button>
          </p>
        </fieldset>
      ) : null}
      {type === 'number' ? (
        <>
          <InputField
            id={id('min')}
            label="Kleinster Wert"
            inputMode="numeric"
            registration={register('min')}
            error={errors.min?.message}
          />
          <InputField
            id={id('max')}
            label="Größter Wert"
            inputMode="numeric"
            registration={register('max')}
            error={errors.max?.message}
          />
        </>
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label={questionId ? 'Speichern' : 'Frage hinzufügen'} />
    </form>
  );
}
