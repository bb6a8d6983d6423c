'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/edge/result';
import { useEditorText } from './editor-text';

type Message = { kind: 'success' | 'error'; text: string } | null;

/**
 * Runs an editor action and maps its result: field errors onto the form (first one focused), a form error or the
 * success text into the live region, which takes the focus so screen readers announce it.
 */
export function useEditorSubmit<T extends FieldValues>(setError: UseFormSetError<T>, successText?: string) {
  const t = useEditorText().common;
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const ref = useRef<HTMLDivElement>(null);

  function show(next: Message) {
    setMessage(next);
    requestAnimationFrame(() => ref.current?.focus());
  }

  async function submit(action: () => Promise<ActionResult<unknown>>): Promise<boolean> {
    setMessage(null);
    let result: ActionResult<unknown>;
    try {
      result = await action();
    } catch (error) {
      // redirect() from the action is not an error; Next handles it.
      if (
        error &&
        typeof error === 'object' &&
        'digest' in error &&
        String((error as { digest: unknown }).digest).startsWith('NEXT_REDIRECT')
      )
        throw error;
      show({ kind: 'error', text: t.failed });
      return false;
    }
    // An action that redirected resolves without a result; the navigation is under way.
    if (!result) return true;
    if (result.ok) {
      show({ kind: 'success', text: successText ?? t.saved });
      router.refresh();
      return true;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [i, [field, text]] of fields.entries()) {
      setError(field as Path<T>, { type: 'server', message: text }, { shouldFocus: i === 0 });
    }
    // A failure at one field (e.g. a taken slug) carries its text as the form error too; the field shows it already.
    const formError = fields.some(([, text]) => text === result.formError) ? undefined : result.formError;
    if (formError || fields.length === 0) show({ kind: 'error', text: formError ?? t.checkFields });
    return false;
  }

  const status = (
    <div aria-live="polite" ref={ref} tabIndex={-1}>
      {message ? (
        <div className={`alert alert-${message.kind}`}>
          <p>{message.text}</p>
        </div>
      ) : null}
    </div>
  );
  return { submit, status };
}
