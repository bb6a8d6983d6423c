'use client';

import { useFormStatus } from 'react-dom';

/** The submit button of the confirmation form; it says so while the POST is under way. */
export function ConfirmButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn btn-large" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
