'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import styles from './auth-page.module.css';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { signInErrorMessage } from './sign-in-params';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  callbackUrl: string;
  initialError: string | null;
  t: Dictionary['auth'];
}

/** E-mail field and button that request a magic sign-in link. */
export function SignInForm({ callbackUrl, initialError, t }: Props) {
  const router = useRouter();
  const id = useId();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    const invalid = !value ? t.signIn.emailMissing : !EMAIL_PATTERN.test(value) ? t.signIn.emailInvalid : null;
    setFieldError(invalid);
    setFormError(null);
    if (invalid) {
      document.getElementById(`${id}-email`)?.focus();
      return;
    }
    setPending(true);
    try {
      const result = await signIn('email', { email: value, callbackUrl, redirect: false });
      if (result?.ok && !result.error) {
        router.push('/signin/check-email');
        return;
      }
      setFormError(signInErrorMessage(result?.error, t.signInErrors) ?? t.signInErrors.generic);
    } catch {
      setFormError(t.signIn.offline);
    }
    setPending(false);
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <div aria-live="polite" className={styles.live}>
        {formError && <p className="alert alert-error">{formError}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t.signIn.email}</label>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-email-error` : `${id}-email-hint`}
        />
        {fieldError ? (
          <p id={`${id}-email-error`} className="error-text">
            {fieldError}
          </p>
        ) : (
          <p id={`${id}-email-hint`} className="hint">
            {t.signIn.emailHint}
          </p>
        )}
      </div>
      <button className="btn" type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t.signIn.sending : t.signIn.submit}
      </button>
    </form>
  );
}
