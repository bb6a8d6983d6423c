'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmailField } from '@/components/ui/email-field';
import { errorText } from '@/lib/edge/field-errors';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { erasePersonAction } from '@/lib/privacy/actions';
import { privacyErasureSchema, type PrivacyErasureInput, type PrivacyErasureValues } from '@/lib/privacy/schema';

/** Art. 17: anonymise or delete every registration of one address; the address must be typed twice. */
export function ErasureForm({ t, locale }: { t: Dictionary['dashboard']['admin']; locale: Locale }) {
  const id = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<PrivacyErasureValues, unknown, PrivacyErasureInput>({
    resolver: zodResolver(privacyErasureSchema),
    defaultValues: { email: '', confirmEmail: '', mode: 'anonymise' },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: PrivacyErasureInput) {
    setFormError(null);
    setDone(null);
    const result = await erasePersonAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
        form.setError(field as keyof PrivacyErasureValues, { message });
      setFormError(result.formError ?? null);
      return;
    }
    setDone(fill(result.data.mode === 'anonymise' ? t.anonymised : t.deleted, { n: result.data.registrations }));
    form.reset({ email: '', confirmEmail: '', mode: values.mode });
  }

  return (
    <form className="stack" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <EmailField
        id={`${id}-email`}
        label={t.personEmail}
        registration={form.register('email')}
        error={errorText(errors.email?.message, locale)}
      />
      <fieldset>
        <legend>{t.erasureMode}</legend>
        <label className="checkbox">
          <input type="radio" value="anonymise" {...form.register('mode')} /> {t.anonymise}
        </label>
        <label className="checkbox">
          <input type="radio" value="delete" {...form.register('mode')} /> {t.delete}
        </label>
      </fieldset>
      <EmailField
        id={`${id}-confirm`}
        label={t.confirmEmail}
        registration={form.register('confirmEmail')}
        error={errorText(errors.confirmEmail?.message, locale)}
      />
      <p>
        <button className="btn" type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.running : t.execute}
        </button>
      </p>
      <div aria-live="polite">
        {formError && <p className="alert alert-error">{formError}</p>}
        {done && <p className="alert alert-success">{done}</p>}
      </div>
    </form>
  );
}
