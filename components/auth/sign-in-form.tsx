'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import styles from './auth-page.module.css';
import { GENERIC_SIGN_IN_ERROR, signInErrorMessage } from './sign-in-params';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  callbackUrl: string;
  initialError: string | null;
}

/** E-mail field and button that request a magic sign-in link. */
export function SignInForm({ callbackUrl, initialError }: Props) {
  const router = useRouter();
  const id = useId();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    const invalid = !value
      ? 'Bitte geben Sie Ihre E-Mail-Adresse ein.'
      : !EMAIL_PATTERN.test(value)
        ? 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.'
        : null;
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
      setFormError(signInErrorMessage(result?.error) ?? GENERIC_SIGN_IN_ERROR);
    } catch {
      setFormError(
        'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      );
    }
    setPending(false);
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <div aria-live="polite" className={styles.live}>
        {formError && <p className="alert alert-error">{formError}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>E-Mail</label>
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
            Die Adresse, mit der Sie für das Tagungsbüro freigeschaltet sind.
          </p>
        )}
      </div>
      <button className="btn" type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? 'Wird gesendet …' : 'Anmeldelink senden'}
      </button>
    </form>
  );
}
