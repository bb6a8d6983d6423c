'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { updateVenueAction } from '@/lib/events/editor-actions';
import { eventVenueSchema, type EventVenueInput } from '@/lib/events/editor-schema';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';
import { VenueFields, type VenueFieldValues } from './venue-fields';

/** The venue section of the editor. */
export function VenueForm({ eventId, defaults }: { eventId: string; defaults: VenueFieldValues }) {
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    VenueFieldValues,
    unknown,
    EventVenueInput
  >({
    resolver: zodResolver(eventVenueSchema),
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError);
  const onSubmit = handleSubmit(() => submit(() => updateVenueAction(eventId, getValues())));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ort">
      {status}
      <VenueFields register={register} errors={formState.errors} />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
