'use client';

import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { Locale } from '@/lib/i18n/config';
import { optionLabel, questionHelp, questionLabel, type QuestionDefinition } from '@/lib/questions/schema';
import styles from './question-field.module.css';

interface Props<T extends FieldValues> {
  question: QuestionDefinition;
  locale: Locale;
  register: UseFormRegister<T>;
  error?: string;
  /** Label of the empty choice of an optional single-choice question, e.g. "Keine Angabe". */
  noAnswerLabel: string;
  /** Screen-reader text for required checkbox groups, where aria-required is not allowed. */
  requiredText: string;
  /** Where the answers live in the form, e.g. `members.2.` in the group form; empty for a single registration. */
  prefix?: string;
}

const describedBy = (id: string, help: string | null, error?: string) =>
  [help ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Required({ required }: { required: boolean }) {
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
}

/** One custom question as a form control, bound to `answers.<questionId>` (shared by registration and manage forms). */
export function QuestionField<T extends FieldValues>({
  question: q,
  locale,
  register,
  error,
  noAnswerLabel,
  requiredText,
  prefix = '',
}: Props<T>) {
  const id = `${prefix.replace(/\./g, '-')}q-${q.id}`;
  const name = `${prefix}answers.${q.id}` as Path<T>;
  const label = questionLabel(q, locale);
  const help = questionHelp(q, locale);
  const described = describedBy(id, help, error);
  const common = { 'aria-invalid': error ? true : undefined, 'aria-describedby': described } as const;
  const hint = help ? (
    <p id={`${id}-hint`} className="hint">
      {help}
    </p>
  ) : null;
  const errorSlot = (
    <p id={`${id}-error`} className="error-text" aria-live="polite">
      {error}
    </p>
  );

  if (q.type === 'singleChoice' || q.type === 'multipleChoice') {
    const single = q.type === 'singleChoice';
    const type = single ? 'radio' : 'checkbox';
    // aria-required is allowed on a radiogroup but not on a plain group, which gets hidden text instead.
    return (
      // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-required is only set when the role is radiogroup
      <fieldset
        className={`field ${styles.group}`}
        aria-describedby={described}
        role={single ? 'radiogroup' : undefined}
        aria-required={single && q.required ? true : undefined}
      >
        <legend>
          {label}
          <Required required={q.required} />
          {q.required && !single ? <span className="visually-hidden"> {requiredText}</span> : null}
        </legend>
        {hint}
        {q.options.map((o) => (
          <div className="checkbox" key={o.value}>
            <input
              id={`${id}-${o.value}`}
              type={type}
              value={o.value}
              aria-invalid={error ? true : undefined}
              {...register(name)}
            />
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
          <label htmlFor={id}>
            {label}
            <Required required={q.required} />
          </label>
        </div>
        {hint}
        {errorSlot}
      </div>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <Required required={q.required} />
      </label>
      {hint}
      {q.type === 'longText' ? (
        <textarea
          id={id}
          className="textarea"
          rows={4}
          aria-required={q.required || undefined}
          {...common}
          {...register(name)}
        />
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
