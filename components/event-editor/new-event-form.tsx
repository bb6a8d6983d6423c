'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { createEventAction } from '@/lib/events/editor-actions';
import { createEventSchema, type CreateEventInput } from '@/lib/events/editor-schema';
import { BasicsFields, type BasicsFieldValues } from './basics-fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';
import { VenueFields, type VenueFieldValues } from './venue-fields';

type Values = BasicsFieldValues & VenueFieldValues;

const EMPTY: Values = {
  title: '',
  slug: '',
  motto: '',
  description: '',
  themes: '',
  startsAt: '',
  endsAt: '',
  venueName: '',
  venueAddress: '',
  venueRoom: '',
  venueDirections: '',
};

/** Creates an unpublished event; the action opens its editor. */
export function NewEventForm() {
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values, unknown, CreateEventInput>({
    resolver: zodResolver(createEventSchema),
    defaultValues: EMPTY,
  });
  const { submit, status } = useEditorSubmit(setError, 'Angelegt.');
  const onSubmit = handleSubmit(() => submit(() => createEventAction(getValues())));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Neue Veranstaltung">
      {status}
      <BasicsFields register={register} errors={formState.errors} />
      <h2>Ort</h2>
      <VenueFields register={register} errors={formState.errors} />
      <SubmitButton pending={formState.isSubmitting} label="Veranstaltung anlegen" pendingLabel="Wird angelegt …" />
    </form>
  );
}
