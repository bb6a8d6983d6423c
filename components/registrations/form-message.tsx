'use client';

import type { Ref } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';

export type FormMessageValue = { kind: 'error' | 'info'; text: string; duplicate?: boolean };

interface Props {
  message: FormMessageValue | null;
  t: Dictionary['form'];
  resending: boolean;
  onResend: () => void;
  ref?: Ref<HTMLDivElement>;
}

/** The form's live message (server refusal or info); for a duplicate it offers to resend the confirmation. */
export function FormMessage({ message, t, resending, onResend, ref }: Props) {
  return (
    <div aria-live="polite" ref={ref} tabIndex={-1}>
      {message ? (
        <div className={`alert alert-${message.kind} stack`}>
          <p>{message.text}</p>
          {message.duplicate ? (
            <p>
              <button type="button" className="btn btn-secondary" onClick={onResend} disabled={resending}>
                {resending ? t.resending : t.resend}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
