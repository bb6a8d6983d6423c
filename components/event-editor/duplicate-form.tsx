'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { duplicateEventAction } from '@/lib/events/editor-actions';
import { duplicateEventSchema, type DuplicateEventInput, type DuplicateEventValues } from '@/lib/events/editor-schema';
import { InputField } from './fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

/** Title, slug and start of the new edition; the action copies the event and opens the copy's editor. */
export function DuplicateForm({ sourceId, defaults }: { sourceId: string; defaults: DuplicateEventValues }) {
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    DuplicateEventValues,
    unknown,
    DuplicateEventInput
  >({
    resolver: zodResolver(duplicateEventSchema),
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError, 'Kopiert.');
  const onSubmit = handleSubmit(() => submit(() => duplicateEventAction(sourceId, getValues())));
  const { errors } = formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Neue Ausgabe">
      {status}
      <InputField
        id="dup-title"
        label="Titel der neuen Ausgabe"
        required
        registration={register('title')}
        error={errors.title?.message}
      />
      <InputField
        id="dup-slug"
        label="Kurzadresse"
        required
        registration={register('slug')}
        error={errors.slug?.message}
        hint="Kleinbuchstaben, Ziffern und Bindestriche."
      />
      <InputField
        id="dup-startsAt"
        type="datetime-local"
        label="Beginn der neuen Ausgabe"
        required
        registration={register('startsAt')}
        error={errors.startsAt?.message}
        hint="Alle Zeiten (Ende, Programm, Anmeldefenster) verschieben sich um denselben Abstand."
      />
      <SubmitButton pending={formState.isSubmitting} label="Neue Ausgabe anlegen" pendingLabel="Wird kopiert …" />
    </form>
  );
}
