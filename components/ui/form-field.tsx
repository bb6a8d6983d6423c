import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface BaseProps {
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** ids for aria-describedby: the hint always, the error only while there is one. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function RequiredMark({ required }: { required?: boolean }) {
  // The star is visual only; aria-required tells assistive technology.
  return required ? <span className="required-mark" aria-hidden="true"> *</span> : null;
}

/** The error slot; it is always rendered so that the polite live region exists before a message appears. */
function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <p id={`${id}-error`} className="error-text" aria-live="polite">
      {error}
    </p>
  );
}

/** A labelled text input with hint and error. */
export function TextField({ id, label, registration, error, hint, required, type = 'text', autoComplete }: BaseProps & {
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <input
        id={id}
        type={type}
        className="input"
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled select; the first option is the empty "no answer" choice. */
export function SelectField({ id, label, registration, error, hint, required, options, emptyLabel, autoComplete }: BaseProps & {
  options: { value: string; label: string }[];
  emptyLabel: string;
  autoComplete?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <select
        id={id}
        className="select"
        autoComplete={autoComplete}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...registration}
      >
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A checkbox with its label to the right, e.g. a consent. */
export function CheckboxField({ id, label, registration, error, required }: BaseProps) {
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
          {...registration}
        />
        <label htmlFor={id}>
          {label}
          <RequiredMark required={required} />
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
