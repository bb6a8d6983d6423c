'use client';

import { useEditorText } from './editor-text';

/** The editor's save button; disabled while the action runs. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label?: string;
  pendingLabel?: string;
}) {
  const t = useEditorText().common;
  return (
    <p>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? (pendingLabel ?? t.saving) : (label ?? t.save)}
      </button>
    </p>
  );
}
