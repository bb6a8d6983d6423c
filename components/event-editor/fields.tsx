'use client';

import type { ComponentProps } from 'react';
import { CheckboxField, TextAreaField as UiTextAreaField, TextField } from '@/components/ui/form-field';
import { localizeSchemaMessage } from '@/lib/events/validation-text';
import { useEditorText } from './editor-text';

export { CheckboxField as CheckField };

/** A field error in the editor's language: the schemas report German text on server and client alike. */
function useErrorText(error: string | undefined): string | undefined {
  return localizeSchemaMessage(error, useEditorText().validation);
}

/**
 * The editor's text input: the shared TextField, with autofill off by default, because a browser would otherwise
 * offer the organizer's own name and address for an event's title or venue.
 */
export function InputField({ autoComplete = 'off', error, ...props }: ComponentProps<typeof TextField>) {
  return <TextField autoComplete={autoComplete} error={useErrorText(error)} {...props} />;
}

/** The shared TextAreaField with the error in the editor's language. */
export function TextAreaField({ error, ...props }: ComponentProps<typeof UiTextAreaField>) {
  return <UiTextAreaField error={useErrorText(error)} {...props} />;
}
