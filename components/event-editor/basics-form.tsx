'use client';

import { updateBasicsAction } from '@/lib/events/editor-actions';
import { eventBasicsSchema } from '@/lib/events/editor-schema';
import { BasicsFields, type BasicsFieldValues } from './basics-fields';
import { useEditorText } from './editor-text';
import { SubmitButton } from './submit-button';
import { useEditorForm } from './use-editor-form';

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
  const t = useEditorText();
  const { form, onSubmit, status } = useEditorForm(eventBasicsSchema, defaults, (values) =>
    updateBasicsAction(eventId, values),
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.basics.formLabel}>
      {status}
      <BasicsFields register={register} errors={formState.errors} t={t} slugLocked={slugLocked} />
      <SubmitButton pending={formState.isSubmitting} />
    </form>
  );
}
