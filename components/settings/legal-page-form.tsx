'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { SubmitButton } from '@/components/event-editor/submit-button';
import { useEditorSubmit } from '@/components/event-editor/use-editor-submit';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { saveLegalPageAction } from '@/lib/legal/actions';
import type { LegalKind } from '@/lib/legal/kinds';
import { type LegalPageInput, legalPageSchema } from '@/lib/legal/schema';

type Values = { kind: LegalKind; textDe: string; textEn: string; feedbackEmail: string };

interface Props {
  defaults: Values;
  /** The heading that names the form. */
  headingId: string;
  t: Dictionary['branding'];
}

/** One legal page in German and English (Markdown); the accessibility statement also names a feedback address. */
export function LegalPageForm({ defaults, headingId, t }: Props) {
  const { register, handleSubmit, getValues, setError, formState } = useForm<Values, unknown, LegalPageInput>({
    resolver: zodResolver(legalPageSchema) as never,
    defaultValues: defaults,
  });
  const { submit, status } = useEditorSubmit(setError, t.saved);
  // The action parses the raw values itself, with the same schema.
  const onSubmit = handleSubmit(() => submit(() => saveLegalPageAction(getValues())));
  const { errors } = formState;
  const id = (name: string) => `${defaults.kind}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      {status}
      <TextAreaField
        id={id('textDe')}
        label={t.textDe}
        required
        rows={12}
        registration={register('textDe')}
        error={errors.textDe?.message}
      />
      <TextAreaField
        id={id('textEn')}
        label={t.textEn}
        rows={12}
        registration={register('textEn')}
        error={errors.textEn?.message}
      />
      {defaults.kind === 'accessibility' ? (
        <TextField
          id={id('feedbackEmail')}
          type="email"
          label={t.feedbackEmail}
          autoComplete="off"
          registration={register('feedbackEmail')}
          error={errors.feedbackEmail?.message}
        />
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label={t.save} />
    </form>
  );
}
