import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Locale } from '@/lib/format';
import { optionLabel, questionHelp, questionLabel, type QuestionDefinition } from '@/lib/questions/schema';
import styles from './registration-form.module.css';

interface Props {
  question: QuestionDefinition;
  locale: Locale;
  registration: UseFormRegisterReturn;
  error?: string;
  /** Screen-reader text for required groups, where aria-required is not allowed. */
  requiredText: string;
}

const describedBy = (id: string, help: string | null, error?: string) =>
  [help ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Mark({ required }: { required: boolean }) {
  return required ? <span className="required-mark" aria-hidden="true"> *</span> : null;
}

/** One custom question of the event, rendered by type with label, help text and error in the visitor's language. */
export function QuestionField({ question: q, locale, registration, error, requiredText }: Props) {
  const id = `q-${q.id}`;
  const label = questionLabel(q, locale);
  const help = questionHelp(q, locale);
  const described = describedBy(id, help, error);
  const invalid = error ? true : undefined;
  const hint = help ? <p id={`${id}-hint`} className="hint">{help}</p> : null;
  const errorSlot = <p id={`${id}-error`} className="error-text" aria-live="polite">{error}</p>;

  if (q.type === 'singleChoice' || q.type === 'multipleChoice') {
    const single = q.type === 'singleChoice';
    return (
      <fieldset className="field" role={single ? 'radiogroup' : undefined} aria-required={single && q.required ? true : undefined}
        aria-describedby={described}>
        <legend>
          {label}
          <Mark required={q.required} />
          {q.required && !single ? <span className="visually-hidden"> {requiredText}</span> : null}
        </legend>
        {hint}
        <div className={styles.choices}>
          {q.options.map((o, i) => (
            <div className="checkbox" key={o.value}>
              <input id={`${id}-${i}`} type={single ? 'radio' : 'checkbox'} value={o.value} aria-invalid={invalid} {...registration} />
              <label htmlFor={`${id}-${i}`}>{optionLabel(o, locale)}</label>
            </div>
          ))}
        </div>
        {errorSlot}
      </fieldset>
    );
  }

  if (q.type === 'checkbox') {
    return (
      <div className="field">
        <div className="checkbox">
          <input id={id} type="checkbox" aria-required={q.required || undefined} aria-invalid={invalid} aria-describedby={described}
            {...registration} />
          <label htmlFor={id}>
            {label}
            <Mark required={q.required} />
          </label>
        </div>
        {hint}
        {errorSlot}
      </div>
    );
  }

  const common = {
    id, 'aria-required': q.required || undefined, 'aria-invalid': invalid, 'aria-describedby': described, ...registration,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <Mark required={q.required} />
      </label>
      {hint}
      {q.type === 'longText' ? (
        <textarea className="textarea" rows={4} {...common} />
      ) : (
        <input className="input" type="text" inputMode={q.type === 'number' ? 'numeric' : undefined}
          autoComplete="off" {...common} />
      )}
      {errorSlot}
    </div>
  );
}

/** The empty value a question starts with in the form. */
export function initialAnswer(q: QuestionDefinition): unknown {
  if (q.type === 'multipleChoice') return [];
  if (q.type === 'checkbox') return false;
  return '';
}
