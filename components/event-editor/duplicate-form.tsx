'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { duplicateEventAction } from '@/lib/events/editor-actions';
import { duplicateEventSchema, type DuplicateEventInput, type DuplicateEventValues } from '@/lib/events/editor-schema';
import { useEditorText } from './editor-text';
import { InputField } from './fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

/** Title, slug and start of the new edition; the action copies the event and opens the copy's editor. */
export function DuplicateForm({ sourceId, defaults }: { sourceId: string; defaults: DuplicateEventValues }) {
  const t = useEditorText();
  const d = t.duplicate;
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    DuplicateEventValues,
    unknown,
    DuplicateEventInput
  >({
    resolver: zodResolver(duplicateEventSchema),
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError, d.done);
  const onSubmit = handleSubmit(() => submit(() => duplicateEventAction(sourceId, getValues())));
  const { errors } = formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={d.formLabel}>
      {status}
      <InputField
        id="dup-title"
        label={d.title}
        required
        registration={register('title')}
        error={errors.title?.message}
      />
      <InputField
        id="dup-title-en"
        label={d.titleEn}
        registration={register('titleEn')}
        error={errors.titleEn?.message}
        hint={t.common.englishHint}
      />
      <InputField
        id="dup-slug"
        label={t.basics.slug}
        required
        registration={register('slug')}
        error={errors.slug?.message}
        hint={d.slugHint}
      />
      <InputField
        id="dup-startsAt"
        type="datetime-local"
        label={d.startsAt}
        required
        registration={register('startsAt')}
        error={errors.startsAt?.message}
        hint={d.startsAtHint}
      />
      <SubmitButton pending={formState.isSubmitting} label={d.submit} pendingLabel={d.pending} />
    </form>
  );
}
