'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { MAX_LOGO_BYTES } from '@/lib/events/logo';
import { saveHostAction } from '@/lib/events/programme-actions';
import { hostSchema, type HostInput } from '@/lib/events/programme-schema';
import { fill } from '@/lib/i18n/config';
import { useEditorText } from './editor-text';
import { fieldNames } from './field-names';
import { CheckField, InputField } from './fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

type Values = { name: string; role: string; roleEn: string; url: string; removeLogo: boolean; logo?: string };

interface Props {
  eventId: string;
  hostId: string | null;
  defaults: Omit<Values, 'removeLogo'>;
  hasLogo: boolean;
  idPrefix: string;
}

/** Adds or edits a host; the logo is uploaded with the form and checked on the server (type by content, size). */
export function HostForm({ eventId, hostId, defaults, hasLogo, idPrefix }: Props) {
  const text = useEditorText();
  const t = text.hosts;
  const n = fieldNames(text);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values, unknown, HostInput>({
    resolver: zodResolver(hostSchema) as never,
    defaultValues: { ...defaults, removeLogo: false },
  });
  const { submit, status } = useEditorSubmit(setError, hostId ? text.common.saved : t.added);
  const onSubmit = handleSubmit(async () => {
    const form = formRef.current!;
    const file = (form.elements.namedItem('logo') as HTMLInputElement).files?.[0];
    if (file && file.size > MAX_LOGO_BYTES) {
      setError('logo', { message: t.logoTooLarge }, { shouldFocus: true });
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
      aria-label={hostId ? fill(t.editForm, { name: defaults.name }) : t.newForm}
    >
      {status}
      <InputField
        id={id('name')}
        label={t.name}
        required
        registration={register('name')}
        error={errors.name?.message}
      />
      <InputField
        id={id('role')}
        label={n.de(t.role)}
        registration={register('role')}
        error={errors.role?.message}
        hint={t.roleHint}
      />
      <InputField
        id={id('role-en')}
        label={n.en(t.role)}
        registration={register('roleEn')}
        error={errors.roleEn?.message}
        hint={t.roleHintEn}
      />
      <InputField
        id={id('url')}
        type="url"
        label={t.website}
        registration={register('url')}
        error={errors.url?.message}
        hint={t.websiteHint}
      />
      <div className="field">
        <label htmlFor={id('logo')}>{hasLogo ? t.newLogo : t.logo}</label>
        <p id={id('logo-hint')} className="hint">
          {t.logoHint}
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
      {hasLogo ? <CheckField id={id('removeLogo')} label={t.removeLogo} registration={register('removeLogo')} /> : null}
      <SubmitButton pending={formState.isSubmitting} label={hostId ? text.common.save : t.add} />
    </form>
  );
}
