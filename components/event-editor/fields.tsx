import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface FieldProps {
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Frame({ id, label, hint, error, required, children }: Omit<FieldProps, 'registration'> & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
      </label>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      {children}
      <p id={`${id}-error`} className="error-text" aria-live="polite">{error}</p>
    </div>
  );
}

const a11y = ({ id, hint, error, required }: Omit<FieldProps, 'registration' | 'label'>) => ({
  id,
  'aria-required': required || undefined,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

/** A labelled input of any text-like type (text, url, number, datetime-local) with hint and error. */
export function InputField(props: FieldProps & { type?: 'text' | 'url' | 'datetime-local'; inputMode?: 'numeric'; autoComplete?: string }) {
  const { registration, type = 'text', inputMode, readOnly, autoComplete = 'off' } = props;
  return (
    <Frame {...props}>
      <input type={type} className="input" inputMode={inputMode} readOnly={readOnly} autoComplete={autoComplete} {...a11y(props)} {...registration} />
    </Frame>
  );
}

/** A labelled multi-line text field. */
export function TextAreaField(props: FieldProps & { rows?: number }) {
  const { registration, rows = 4 } = props;
  return (
    <Frame {...props}>
      <textarea className="input" rows={rows} {...a11y(props)} {...registration} />
    </Frame>
  );
}

/** A checkbox with its label to the right. */
export function CheckField({ id, label, registration, hint, error }: FieldProps) {
  return (
    <div className="field">
      <div className="checkbox">
        <input type="checkbox" {...a11y({ id, hint, error })} {...registration} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      <p id={`${id}-error`} className="error-text" aria-live="polite">{error}</p>
    </div>
  );
}
