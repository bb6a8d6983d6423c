import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * An address typed by staff about someone else: no autofill with their own address, and the error slot is always
 * referenced so that the polite live region exists before a message appears.
 */
export function EmailField({
  id,
  label,
  registration,
  error,
}: {
  id: string;
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="email"
        autoComplete="off"
        {...registration}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
      />
      <p id={`${id}-error`} className="error-text" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
