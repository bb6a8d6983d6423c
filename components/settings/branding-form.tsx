'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CheckboxField, TextField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/event-editor/submit-button';
import { useEditorSubmit } from '@/components/event-editor/use-editor-submit';
import { saveBrandingAction } from '@/lib/branding/actions';
import { contrastOnWhite, HEX_COLOUR } from '@/lib/branding/colour';
import { type BrandingInput, brandingSchema } from '@/lib/branding/schema';
import { MAX_LOGO_BYTES } from '@/lib/events/logo';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

type Values = { orgName: string; primaryColor: string; removeLogo: boolean; logo?: string };

interface Props {
  defaults: { orgName: string; primaryColor: string };
  logoUrl: string | null;
  t: Dictionary['branding'];
}

/** Name, logo and primary colour; the colour's contrast is checked here and again by the action with one schema. */
export function BrandingForm({ defaults, logoUrl, t }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<Values, unknown, BrandingInput>({
    resolver: zodResolver(brandingSchema) as never,
    defaultValues: { ...defaults, removeLogo: false },
  });
  const { submit, status } = useEditorSubmit(setError, t.saved);
  const colour = useWatch({ control, name: 'primaryColor' })?.trim() ?? '';
  const onSubmit = handleSubmit(async () => {
    const form = formRef.current!;
    const file = (form.elements.namedItem('logo') as HTMLInputElement).files?.[0];
    if (file && file.size > MAX_LOGO_BYTES) {
      setError('logo', { message: t.logoTooLarge }, { shouldFocus: true });
      return;
    }
    if (await submit(() => saveBrandingAction(new FormData(form)))) {
      // Only the file choice is done with; the texts stay as saved.
      (form.elements.namedItem('logo') as HTMLInputElement).value = '';
      setValue('removeLogo', false);
    }
  });
  const { errors } = formState;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data" aria-labelledby="identity-heading">
      {status}
      <TextField
        id="orgName"
        label={t.orgName}
        hint={t.orgNameHint}
        autoComplete="organization"
        registration={register('orgName')}
        error={errors.orgName?.message}
      />
      {logoUrl ? (
        <figure style={{ margin: 0 }}>
          <img src={logoUrl} alt="" style={{ maxHeight: '4rem', width: 'auto' }} />
          <figcaption className="muted">{t.currentLogo}</figcaption>
        </figure>
      ) : null}
      <div className="field">
        <label htmlFor="logo">{logoUrl ? t.newLogo : t.logo}</label>
        <p id="logo-hint" className="hint">
          {t.logoHint}
        </p>
        <input
          id="logo"
          type="file"
          name="logo"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          className="input"
          aria-describedby="logo-hint logo-error"
          aria-invalid={errors.logo ? true : undefined}
        />
        <p id="logo-error" className="error-text" aria-live="polite">
          {errors.logo?.message}
        </p>
      </div>
      {logoUrl ? <CheckboxField id="removeLogo" label={t.removeLogo} registration={register('removeLogo')} /> : null}
      <TextField
        id="primaryColor"
        label={t.primaryColor}
        hint={t.primaryColorHint}
        registration={register('primaryColor')}
        error={errors.primaryColor?.message}
      />
      {HEX_COLOUR.test(colour) ? (
        <p>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              width: '1.5rem',
              height: '1.5rem',
              verticalAlign: 'middle',
              marginInlineEnd: '0.5rem',
              background: colour,
              border: '1px solid #000',
            }}
          />
          {fill(t.contrast, { ratio: contrastOnWhite(colour).toFixed(1) })}
        </p>
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label={t.save} />
    </form>
  );
}
