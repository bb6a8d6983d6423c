'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { SubmitButton } from '@/components/event-editor/submit-button';
import { useEditorSubmit } from '@/components/event-editor/use-editor-submit';
import { InputField } from '@/components/event-editor/fields';
import { CheckboxField } from '@/components/ui/form-field';
import { saveCoverAction } from '@/lib/covers/actions';
import { type CoverInput, coverSchema } from '@/lib/covers/schema';
import { MAX_LOGO_BYTES } from '@/lib/events/logo';
import type { Dictionary } from '@/lib/i18n/dictionaries';

type Values = { altDe: string; altEn: string; decorative: boolean; remove: boolean; image?: string };

interface Props {
  eventId: string;
  current: { id: string; altDe: string; altEn: string; decorative: boolean } | null;
  t: Dictionary['branding']['cover'];
}

/** Uploads, describes or removes the event's cover image; the image is checked on the server (type by content, size). */
export function CoverForm({ eventId, current, t }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, setError, setValue, formState } = useForm<Values, unknown, CoverInput>({
    resolver: zodResolver(coverSchema) as never,
    defaultValues: {
      altDe: current?.altDe ?? '',
      altEn: current?.altEn ?? '',
      decorative: current?.decorative ?? false,
      remove: false,
    },
  });
  const { submit, status } = useEditorSubmit(setError, t.saved);
  const onSubmit = handleSubmit(async () => {
    const form = formRef.current!;
    const file = (form.elements.namedItem('image') as HTMLInputElement).files?.[0];
    if (file && file.size > MAX_LOGO_BYTES) {
      setError('image', { message: t.tooLarge }, { shouldFocus: true });
      return;
    }
    if (await submit(() => saveCoverAction(eventId, new FormData(form)))) {
      // Only the file choice is done with; the texts stay as saved.
      (form.elements.namedItem('image') as HTMLInputElement).value = '';
      setValue('remove', false);
    }
  });
  const { errors } = formState;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data" aria-labelledby="cover-heading">
      {status}
      {current ? (
        <figure style={{ margin: 0 }}>
          <img
            src={`/media/covers/${current.id}`}
            alt={current.decorative ? '' : current.altDe}
            style={{ maxWidth: '100%', maxHeight: '12rem', width: 'auto' }}
          />
          <figcaption className="muted">{t.current}</figcaption>
        </figure>
      ) : null}
      <div className="field">
        <label htmlFor="image">{current ? t.newImage : t.image}</label>
        <p id="image-hint" className="hint">
          {t.imageHint}
        </p>
        <input
          id="image"
          type="file"
          name="image"
          accept="image/png,image/jpeg,image/webp"
          className="input"
          aria-describedby="image-hint image-error"
          aria-invalid={errors.image ? true : undefined}
        />
        <p id="image-error" className="error-text" aria-live="polite">
          {errors.image?.message}
        </p>
      </div>
      <InputField
        id="altDe"
        label={t.altDe}
        hint={t.altHint}
        autoComplete="off"
        registration={register('altDe')}
        error={errors.altDe?.message}
      />
      <InputField
        id="altEn"
        label={t.altEn}
        autoComplete="off"
        registration={register('altEn')}
        error={errors.altEn?.message}
      />
      <CheckboxField id="decorative" label={t.decorative} registration={register('decorative')} />
      {current ? <CheckboxField id="remove" label={t.remove} registration={register('remove')} /> : null}
      <SubmitButton pending={formState.isSubmitting} label={t.save} />
    </form>
  );
}
