'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/edge/result';
import { useEditorSubmit } from './use-editor-submit';

/**
 * An editor section's form: checked in the browser with the action's own schema, then the raw strings go to the
 * action, which parses them again, so both sides agree on every rule.
 */
export function useEditorForm<V extends FieldValues, O>(
  schema: z.ZodType<O, V>,
  defaults: DefaultValues<V>,
  action: (values: V) => Promise<ActionResult<unknown>>,
) {
  const form = useForm<V, unknown, O>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { submit, status } = useEditorSubmit(form.setError);
  const onSubmit = form.handleSubmit(() => submit(() => action(form.getValues())));
  return { form, onSubmit, status };
}
