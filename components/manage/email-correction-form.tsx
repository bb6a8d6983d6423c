'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { changeEmailAction } from '@/lib/registrations/manage-actions';

interface Props {
  token: string;
  t: Dictionary['manage'];
}

/** "Falsche Adresse?": replaces the e-mail address and re-sends the confirmation there. */
export function EmailCorrectionForm({ token, t }: Props) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    setFieldError(null);
    try {
      const result = await changeEmailAction(token, { email });
      if (result.ok) {
        setEmail('');
        setMessage({
          kind: 'success',
          text: fill(result.data.changed ? t.emailChanged : t.emailUnchanged, { email: result.data.email }),
        });
        requestAnimationFrame(() => messageRef.current?.focus());
        router.refresh();
      } else if (result.fieldErrors?.email) {
        setFieldError(result.fieldErrors.email);
        inputRef.current?.focus();
      } else {
        setMessage({ kind: 'error', text: result.formError ?? t.unexpected });
      }
    } catch {
      setMessage({ kind: 'error', text: t.unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="new-email">
          {t.newEmail}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <input
          id="new-email"
          ref={inputRef}
          type="email"
          className="input"
          autoComplete="email"
          required
          aria-required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'new-email-error' : undefined}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <p id="new-email-error" className="error-text" aria-live="polite">
          {fieldError}
        </p>
      </div>
      <p>
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? t.correcting : t.correctEmailButton}
        </button>
      </p>
    </form>
  );
}
