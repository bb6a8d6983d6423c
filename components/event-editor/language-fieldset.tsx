import type { ReactNode } from 'react';

/** A group of content fields in one language, labelled "Deutsch" or "English" so organizers see which is which. */
export function LanguageFieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="card">
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
    </fieldset>
  );
}
