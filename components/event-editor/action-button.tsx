'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/edge/result';
import { useEditorText } from './editor-text';

interface Props {
  label: string;
  /** Names the item for screen readers, e.g. the session title. */
  itemName: string;
  confirmText?: string;
  action: () => Promise<ActionResult<unknown>>;
  secondary?: boolean;
}

/** A button that runs one editor action (delete, move, archive) and reports a failure next to itself. */
export function ActionButton({ label, itemName, confirmText, action, secondary = true }: Props) {
  const failed = useEditorText().common.failedShort;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className={secondary ? 'btn btn-secondary' : 'btn'}
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          start(async () => {
            setError(null);
            const result = await action().catch(() => ({ ok: false as const, formError: failed }));
            if (result.ok) router.refresh();
            else setError(result.formError ?? failed);
          });
        }}
      >
        {label}
        <span className="visually-hidden">: {itemName}</span>
      </button>
      <span role="status" className="error-text">
        {error}
      </span>
    </span>
  );
}
