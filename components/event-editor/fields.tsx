import type { ComponentProps } from 'react';
import { TextField } from '@/components/ui/form-field';

export { CheckboxField as CheckField, TextAreaField } from '@/components/ui/form-field';

/**
 * The editor's text input: the shared TextField, with autofill off by default, because a browser would otherwise
 * offer the organizer's own name and address for an event's title or venue.
 */
export function InputField({ autoComplete = 'off', ...props }: ComponentProps<typeof TextField>) {
  return <TextField autoComplete={autoComplete} {...props} />;
}
