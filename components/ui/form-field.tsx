import type { HTMLAttributes, ReactNode } from 'react';
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
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
}

/** The error slot; it is always rendered so that the polite live region exists before a message appears. */
function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <p id={`${id}-error`} className="error-text" aria-live="polite">
      {error}
    </p>
  );
}

/** Label, hint, the control and its error: the frame every field shares. */
function FieldFrame({
  id,
  label,
  required,
  hint,
  error,
  children,
}: Pick<BaseProps, 'id' | 'label' | 'required' | 'hint' | 'error'> & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

// The accessibility attributes every control carries.
const controlProps = ({ id, hint, error, required }: Pick<BaseProps, 'id' | 'hint' | 'error' | 'required'>) => ({
  id,
  'aria-required': required || undefined,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

/** A labelled single-line input (text, e-mail, URL, date and time) with hint and error. */
export function TextField(
  props: BaseProps & {
    type?: 'text' | 'email' | 'url' | 'datetime-local';
    autoComplete?: string;
    inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
    readOnly?: boolean;
  },
) {
  const { registration, type = 'text', autoComplete, inputMode, readOnly } = props;
  return (
    <FieldFrame {...props}>
      <input
        type={type}
        className="input"
        autoComplete={autoComplete}
        inputMode={inputMode}
        readOnly={readOnly}
        {...controlProps(props)}
        {...registration}
      />
    </FieldFrame>
  );
}

/** A labelled multi-line text field with hint and error. */
export function TextAreaField(props: BaseProps & { rows?: number }) {
  const { registration, rows = 4 } = props;
  return (
    <FieldFrame {...props}>
      <textarea className="textarea" rows={rows} {...controlProps(props)} {...registration} />
    </FieldFrame>
  );
}

/** A labelled select; the first option is the empty "no answer" choice. */
export function SelectField(
  props: BaseProps & {
    options: { value: string; label: string; lang?: string }[];
    emptyLabel: string;
    autoComplete?: string;
  },
) {
  const { registration, options, emptyLabel, autoComplete } = props;
  return (
    <FieldFrame {...props}>
      <select className="select" autoComplete={autoComplete} {...controlProps(props)} {...registration}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label to the right, e.g. a consent; the hint, if any, follows the label. */
export function CheckboxField({ id, label, registration, hint, error, required }: BaseProps) {
  return (
    <div className="field">
      <div className="checkbox">
        <input type="checkbox" {...controlProps({ id, hint, error, required })} {...registration} />
        <label htmlFor={id}>
          {label}
          <RequiredMark required={required} />
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
