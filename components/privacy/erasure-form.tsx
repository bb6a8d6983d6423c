'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmailField } from '@/components/ui/email-field';
import { erasePersonAction } from '@/lib/privacy/actions';
import { privacyErasureSchema, type PrivacyErasureInput, type PrivacyErasureValues } from '@/lib/privacy/schema';

/** Art. 17: anonymise or delete every registration of one address; the address must be typed twice. */
export function ErasureForm() {
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
    setDone(
      `${result.data.registrations} Anmeldung(en) ${result.data.mode === 'anonymise' ? 'anonymisiert' : 'gelöscht'}. Der Vorgang ist im Protokoll vermerkt.`,
    );
    form.reset({ email: '', confirmEmail: '', mode: values.mode });
  }

  return (
    <form className="stack" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <EmailField
        id={`${id}-email`}
        label="E-Mail-Adresse der Person"
        registration={form.register('email')}
        error={errors.email?.message}
      />
      <fieldset>
        <legend>Art der Löschung</legend>
        <label className="checkbox">
          <input type="radio" value="anonymise" {...form.register('mode')} /> Anonymisieren (Zählungen und Auswertungen
          bleiben erhalten)
        </label>
        <label className="checkbox">
          <input type="radio" value="delete" {...form.register('mode')} /> Vollständig löschen
        </label>
      </fieldset>
      <EmailField
        id={`${id}-confirm`}
        label="Zur Bestätigung die Adresse noch einmal eingeben"
        registration={form.register('confirmEmail')}
        error={errors.confirmEmail?.message}
      />
      <p>
        <button className="btn" type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Wird ausgeführt …' : 'Endgültig ausführen'}
        </button>
      </p>
      <div aria-live="polite">
        {formError && <p className="alert alert-error">{formError}</p>}
        {done && <p className="alert alert-success">{done}</p>}
      </div>
    </form>
  );
}
