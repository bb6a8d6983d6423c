'use client';

import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { Locale } from '@/lib/format';
import { optionLabel, questionHelp, questionLabel, type QuestionDefinition } from '@/lib/questions/schema';
import styles from './question-field.module.css';

interface Props<T extends FieldValues> {
  question: QuestionDefinition;
  locale: Locale;
  register: UseFormRegister<T>;
  error?: string;
  /** Placeholder text of the empty choice, e.g. "Keine Angabe". */
  noAnswerLabel: string;
}

const describedBy = (id: string, help: string | null, error?: string) =>
  [help ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Required({ required }: { required: boolean }) {
  return required ? <span className="required-mark" aria-hidden="true"> *</span> : null;
}

/** One custom question as a form control, bound to `answers.<questionId>` (shared by registration and manage forms). */
export function QuestionField<T extends FieldValues>({ question: q, locale, register, error, noAnswerLabel }: Props<T>) {
  const id = `q-${q.id}`;
  const name = `answers.${q.id}` as Path<T>;
  const label = questionLabel(q, locale);
  const help = questionHelp(q, locale);
  const described = describedBy(id, help, error);
  const common = { 'aria-invalid': error ? true : undefined, 'aria-describedby': described } as const;
  const hint = help ? <p id={`${id}-hint`} className="hint">{help}</p> : null;
  const errorSlot = <p id={`${id}-error`} className="error-text" aria-live="polite">{error}</p>;

  if (q.type === 'singleChoice' || q.type === 'multipleChoice') {
    const type = q.type === 'singleChoice' ? 'radio' : 'checkbox';
    return (
      <fieldset className={`field ${styles.group}`} aria-describedby={described} aria-required={q.required || undefined}>
        <legend>{label}<Required required={q.required} /></legend>
        {hint}
        {q.options.map((o) => (
          <div className="checkbox" key={o.value}>
            <input id={`${id}-${o.value}`} type={type} value={o.value} aria-invalid={error ? true : undefined} {...register(name)} />
            <label htmlFor={`${id}-${o.value}`}>{optionLabel(o, locale)}</label>
          </div>
        ))}
        {q.type === 'singleChoice' && !q.required ? (
          <div className="checkbox">
            <input id={`${id}-none`} type="radio" value="" {...register(name)} />
            <label htmlFor={`${id}-none`}>{noAnswerLabel}</label>
          </div>
        ) : null}
        {errorSlot}
      </fieldset>
    );
  }

  if (q.type === 'checkbox') {
    return (
      <div className="field">
        <div className="checkbox">
          <input id={id} type="checkbox" aria-required={q.required || undefined} {...common} {...register(name)} />
          <label htmlFor={id}>{label}<Required required={q.required} /></label>
        </div>
        {hint}
        {errorSlot}
      </div>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}<Required required={q.required} /></label>
      {hint}
      {q.type === 'longText' ? (
        <textarea id={id} className="textarea" rows={4} aria-required={q.required || undefined} {...common} {...register(name)} />
      ) : (
        <input
          id={id}
          className={q.type === 'number' ? `input ${styles.number}` : 'input'}
          type={q.type === 'number' ? 'number' : 'text'}
          inputMode={q.type === 'number' ? 'numeric' : undefined}
          min={q.type === 'number' ? (q.min ?? undefined) : undefined}
          max={q.type === 'number' ? (q.max ?? undefined) : undefined}
          aria-required={q.required || undefined}
          {...common}
          {...register(name)}
        />
      )}
      {errorSlot}
    </div>
  );
}
