'use client';

import { useRef, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { declineInvitationAction } from '@/lib/invitations/actions';
import { DECLINE_NOTE_MAX } from '@/lib/invitations/schema';

/** "Ich kann leider nicht teilnehmen": an optional note, then the confirmation in place of the form. */
export function DeclineForm({
  token,
  t,
  unexpected,
}: {
  token: string;
  t: Dictionary['invitations']['invitee']['decline'];
  unexpected: string;
}) {
  const [note, setNote] = useState('');
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setState('busy');
    setError(null);
    try {
      const result = await declineInvitationAction({ token, note });
      if (result.ok) {
        setState('done');
        requestAnimationFrame(() => doneRef.current?.focus());
        return;
      }
      setError(result.fieldErrors?.note ?? result.formError ?? unexpected);
    } catch {
      setError(unexpected);
    }
    setState('idle');
  }

  if (state === 'done')
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="alert alert-success">
        <p>{t.done}</p>
      </div>
    );
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <div className="field">
        <label htmlFor="decline-note">{t.note}</label>
        <textarea
          id="decline-note"
          className="textarea"
          rows={3}
          maxLength={DECLINE_NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'decline-error' : undefined}
        />
        <p id="decline-error" className="error-text" aria-live="polite">
          {error}
        </p>
      </div>
      <p>
        <button
          type="submit"
          className="btn btn-secondary"
          disabled={state === 'busy'}
          aria-busy={state === 'busy' || undefined}
        >
          {state === 'busy' ? t.busy : t.submit}
        </button>
      </p>
    </form>
  );
}
