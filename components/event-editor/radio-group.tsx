'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}

/** A group of radio buttons with its legend, hint and error, described for assistive technology. */
export function RadioGroupField({ id, legend, hint, error, options, registration }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <div className="checkbox" key={option.value}>
          <input id={`${id}-${option.value}`} type="radio" value={option.value} {...registration} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <p id={`${id}-error`} className="error-text" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
