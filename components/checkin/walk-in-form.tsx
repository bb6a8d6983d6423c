'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { walkInSchema, type WalkInValues } from '@/lib/checkin/schema';
import styles from './checkin.module.css';

type Submit = (
  values: Record<string, string>,
) => Promise<{ ok: true } | { ok: false; formError: string; fieldErrors?: Record<string, string> }>;

const FIELDS = [
  { name: 'firstName', label: 'Vorname', autoComplete: 'off' },
  { name: 'lastName', label: 'Nachname', autoComplete: 'off' },
  { name: 'organization', label: 'Organisation (optional)', autoComplete: 'off' },
  { name: 'email', label: 'E-Mail (optional)', autoComplete: 'off' },
] as const;

/** Registers and checks in a person without a registration; needs a connection. */
export function WalkInForm({ onSubmit }: { onSubmit: Submit }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<WalkInValues>({
    resolver: zodResolver(walkInSchema),
    defaultValues: { firstName: '', lastName: '', organization: '', email: '' },
  });
  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const res = await onSubmit(
      Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>,
    );
    if (res.ok) {
      setDone(`${values.firstName} ${values.lastName} ist angemeldet und eingecheckt.`);
      reset();
      return;
    }
    for (const [field, message] of Object.entries(res.fieldErrors ?? {}))
      setError(field as keyof WalkInValues, { message });
    setFormError(res.formError);
  });
  return (
    <details className={styles.walkIn}>
      <summary>Spontane Anmeldung an der Tür</summary>
      <form onSubmit={submit} noValidate>
        {FIELDS.map((f) => (
          <div className="field" key={f.name}>
            <label htmlFor={`walkin-${f.name}`}>{f.label}</label>
            <input
              id={`walkin-${f.name}`}
              className="input"
              type={f.name === 'email' ? 'email' : 'text'}
              autoComplete={f.autoComplete}
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `walkin-${f.name}-error` : undefined}
              {...register(f.name)}
            />
            {errors[f.name] && (
              <p id={`walkin-${f.name}-error`} className="error-text">
                {errors[f.name]?.message}
              </p>
            )}
          </div>
        ))}
        <button type="submit" className="btn" disabled={isSubmitting}>
          Anmelden und einchecken
        </button>
        <div aria-live="polite">
          {formError && <p className="alert alert-error">{formError}</p>}
          {done && <p className="alert alert-success">{done}</p>}
        </div>
      </form>
    </details>
  );
}
