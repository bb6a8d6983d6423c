'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { walkInSchema, type WalkInValues } from '@/lib/checkin/schema';
import { errorText } from '@/lib/edge/field-errors';
import { fill, type Locale } from '@/lib/i18n/config';
import type { DoorTexts } from '@/lib/i18n/de/door';
import styles from './door.module.css';

type Submit = (
  values: Record<string, string>,
) => Promise<{ ok: true } | { ok: false; formError: string; fieldErrors?: Record<string, string> }>;

const FIELDS = ['firstName', 'lastName', 'organization', 'email'] as const;

/** Registers and checks in a person without a registration; needs a connection. Opens from a disclosure button. */
export function WalkInForm({ onSubmit, t, locale }: { onSubmit: Submit; t: DoorTexts['walkIn']; locale: Locale }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
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
      setDone(fill(t.done, { name: `${values.firstName} ${values.lastName}` }));
      reset();
      return;
    }
    for (const [field, message] of Object.entries(res.fieldErrors ?? {}))
      setError(field as keyof WalkInValues, { message });
    setFormError(res.formError);
  });
  return (
    <section className="card">
      <h2 className={styles.disclosureHeading}>
        <button
          type="button"
          className={`btn btn-secondary ${styles.disclosure}`}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          <span>{t.toggle}</span>
          <span className={styles.chevron} aria-hidden="true">
            ▾
          </span>
        </button>
      </h2>
      <div id={panelId} hidden={!open} className={styles.walkInPanel}>
        <p className="muted">{t.hint}</p>
        <form onSubmit={submit} noValidate>
          {FIELDS.map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`walkin-${name}`}>{t[name]}</label>
              <input
                id={`walkin-${name}`}
                className="input"
                type={name === 'email' ? 'email' : 'text'}
                autoComplete="off"
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errors[name] ? `walkin-${name}-error` : undefined}
                {...register(name)}
              />
              {errors[name] && (
                <p id={`walkin-${name}-error`} className="error-text">
                  {errorText(errors[name]?.message, locale)}
                </p>
              )}
            </div>
          ))}
          <button type="submit" className="btn" disabled={isSubmitting}>
            {t.submit}
          </button>
          <div aria-live="polite">
            {formError && <p className="alert alert-error">{formError}</p>}
            {done && <p className="alert alert-success">{done}</p>}
          </div>
        </form>
      </div>
    </section>
  );
}
