'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { MAX_LOGO_BYTES } from '@/lib/events/logo';
import { saveHostAction } from '@/lib/events/programme-actions';
import { hostSchema, type HostInput } from '@/lib/events/programme-schema';
import { CheckField, InputField } from './fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

type Values = { name: string; role: string; url: string; removeLogo: boolean; logo?: string };

interface Props {
  eventId: string;
  hostId: string | null;
  defaults: Omit<Values, 'removeLogo'>;
  hasLogo: boolean;
  idPrefix: string;
}

/** Adds or edits a host; the logo is uploaded with the form and checked on the server (type by content, size). */
export function HostForm({ eventId, hostId, defaults, hasLogo, idPrefix }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values, unknown, HostInput>({
    resolver: zodResolver(hostSchema) as never,
    defaultValues: { ...defaults, removeLogo: false },
  });
  const { submit, status } = useEditorSubmit(setError, hostId ? 'Gespeichert.' : 'Gastgeber hinzugefügt.');
  const onSubmit = handleSubmit(async () => {
    const form = formRef.current!;
    const file = (form.elements.namedItem('logo') as HTMLInputElement).files?.[0];
    if (file && file.size > MAX_LOGO_BYTES) {
      setError('logo', { message: 'Das Logo darf höchstens 1 MB groß sein.' }, { shouldFocus: true });
      return;
    }
    const saved = await submit(() => saveHostAction(eventId, hostId, new FormData(form)));
    if (saved && !hostId) {
      reset({ ...defaults, removeLogo: false });
      form.reset();
    }
  });
  const { errors } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      encType="multipart/form-data"
      aria-label={hostId ? `Gastgeber bearbeiten: ${defaults.name}` : 'Neuer Gastgeber'}
    >
      {status}
      <InputField id={id('name')} label="Name" required registration={register('name')} error={errors.name?.message} />
      <InputField
        id={id('role')}
        label="Rolle"
        registration={register('role')}
        error={errors.role?.message}
        hint="z. B. Veranstalter, Partner, Gastgeber"
      />
      <InputField
        id={id('url')}
        type="url"
        label="Website"
        registration={register('url')}
        error={errors.url?.message}
        hint="Mit https://"
      />
      <div className="field">
        <label htmlFor={id('logo')}>{hasLogo ? 'Neues Logo' : 'Logo'}</label>
        <p id={id('logo-hint')} className="hint">
          PNG, JPEG oder WebP, höchstens 1 MB.
        </p>
        <input
          id={id('logo')}
          type="file"
          name="logo"
          accept="image/png,image/jpeg,image/webp"
          className="input"
          aria-describedby={`${id('logo-hint')} ${id('logo-error')}`}
          aria-invalid={errors.logo ? true : undefined}
          onChange={() => formState.errors.logo && setError('logo', { message: '' })}
        />
        <p id={id('logo-error')} className="error-text" aria-live="polite">
          {errors.logo?.message}
        </p>
      </div>
      {hasLogo ? (
        <CheckField id={id('removeLogo')} label="Logo entfernen" registration={register('removeLogo')} />
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label={hostId ? 'Speichern' : 'Gastgeber hinzufügen'} />
    </form>
  );
}
