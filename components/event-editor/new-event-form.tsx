'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { createEventAction } from '@/lib/events/editor-actions';
import { type CreateEventInput, createEventSchema } from '@/lib/events/editor-schema';
import { slugify } from '@/lib/events/slugify';
import { BasicsFields, type BasicsFieldValues } from './basics-fields';
import { useEditorText } from './editor-text';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';
import { VenueFields, type VenueFieldValues } from './venue-fields';

type Values = BasicsFieldValues & VenueFieldValues;

const EMPTY: Values = {
  title: '',
  titleEn: '',
  slug: '',
  motto: '',
  mottoEn: '',
  description: '',
  descriptionEn: '',
  themes: '',
  themesEn: '',
  startsAt: '',
  endsAt: '',
  venueName: '',
  venueAddress: '',
  venueRoom: '',
  venueDirections: '',
  venueDirectionsEn: '',
};

/** Creates an unpublished event; the slug follows the German title until the organizer edits it. */
export function NewEventForm() {
  const t = useEditorText();
  const { register, handleSubmit, setError, getValues, setValue, formState } = useForm<
    Values,
    unknown,
    CreateEventInput
  >({
    resolver: zodResolver(createEventSchema),
    defaultValues: EMPTY,
  });
  const slugEdited = useRef(false);
  const title = register('title');
  const { submit, status } = useEditorSubmit(setError, t.create.done);
  const onSubmit = handleSubmit(() => submit(() => createEventAction(getValues())));
  const followTitle: typeof register = ((name, options) =>
    name === 'title'
      ? {
          ...title,
          onChange: (event: { target: { value: string } }) => {
            if (!slugEdited.current) setValue('slug', slugify(event.target.value));
            return title.onChange(event);
          },
        }
      : register(name, options)) as typeof register;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.create.formLabel}>
      {status}
      <BasicsFields
        register={followTitle}
        errors={formState.errors}
        t={t}
        onSlugInput={() => {
          slugEdited.current = true;
        }}
      />
      <h2>{t.create.venue}</h2>
      <VenueFields register={register} errors={formState.errors} t={t} />
      <SubmitButton pending={formState.isSubmitting} label={t.create.submit} pendingLabel={t.create.pending} />
    </form>
  );
}
