'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { cancelRegistrationAction } from '@/lib/registrations/manage-actions';

interface Props {
  token: string;
  t: Dictionary['manage'];
  /** The confirmation question; it tells what becomes of the place, as things stand. */
  question: string;
}

/** Cancelling takes two steps: the button reveals a confirmation, and only "Ja, verbindlich stornieren" acts. */
export function CancelRegistration({ token, t, question }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step, so keyboard and screen-reader users land on the question and back on the button.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function cancel() {
    setBusy(true);
    setError(null);
    try {
      const result = await cancelRegistrationAction(token);
      if (result.ok) {
        router.refresh();
        return;
      }
      setError(result.formError ?? t.unexpected);
    } catch {
      setError(t.unexpected);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div aria-live="polite">
        {error ? (
          <div className="alert alert-error">
            <p>{error}</p>
          </div>
        ) : null}
      </div>
      {confirming ? (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="group"
          aria-labelledby="cancel-question"
          className="alert alert-warning stack"
        >
          <p id="cancel-question">
            <strong>{question}</strong>
          </p>
          <p>
            <button type="button" className="btn" onClick={cancel} disabled={busy}>
              {busy ? t.cancelling : t.cancelYes}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t.cancelAbort}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button ref={openRef} type="button" className="btn btn-secondary" onClick={() => setConfirming(true)}>
            {t.cancel}
          </button>
        </p>
      )}
    </div>
  );
}
