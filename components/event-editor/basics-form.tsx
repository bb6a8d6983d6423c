'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { updateBasicsAction } from '@/lib/events/editor-actions';
import { eventBasicsSchema, type EventBasicsInput } from '@/lib/events/editor-schema';
import { BasicsFields, type BasicsFieldValues } from './basics-fields';
import { SubmitButton } from './submit-button';
import { useEditorSubmit } from './use-editor-submit';

/** The basics section of the editor; the action gets the raw strings and parses them with the same schema. */
export function BasicsForm({
  eventId,
  defaults,
  slugLocked,
}: {
  eventId: string;
  defaults: BasicsFieldValues;
  slugLocked?: string;
}) {
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    BasicsFieldValues,
    unknown,
    EventBasicsInput
  >({
    resolver: zodResolver(eventBasicsSchema),
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError);
  const onSubmit = handleSubmit(() => submit(() => updateBasicsAction(eventId, getValues())));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Grunddaten">
      {status}
      <BasicsFields register={register} errors={formState.errors} slugLocked={slugLocked} />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
