'use client';

import { updateVenueAction } from '@/lib/events/editor-actions';
import { eventVenueSchema } from '@/lib/events/editor-schema';
import { useEditorText } from './editor-text';
import { SubmitButton } from './submit-button';
import { useEditorForm } from './use-editor-form';
import { VenueFields, type VenueFieldValues } from './venue-fields';

/** The venue section of the editor. */
export function VenueForm({ eventId, defaults }: { eventId: string; defaults: VenueFieldValues }) {
  const t = useEditorText();
  const { form, onSubmit, status } = useEditorForm(eventVenueSchema, defaults, (values) =>
    updateVenueAction(eventId, values),
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.venue.formLabel}>
      {status}
      <VenueFields register={register} errors={formState.errors} t={t} />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
