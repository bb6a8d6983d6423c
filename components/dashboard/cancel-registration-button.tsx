'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { cancelRegistrationByOrganizerAction } from '@/lib/attendees/actions';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Cancelling with a confirmation step; reports the outcome in a live region. */
export function CancelRegistrationButton(props: {
  slug: string;
  registrationId: string;
  name: string;
  cancelled: boolean;
  t: Dictionary['dashboard']['registration'];
}) {
  const { slug, registrationId, name, cancelled, t } = props;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);

  function cancel() {
    startTransition(async () => {
      const result = await cancelRegistrationByOrganizerAction(slug, registrationId);
      setConfirming(false);
      if (!result.ok) return setMessage({ kind: 'error', text: result.formError ?? t.cancelFailed });
      setMessage({
        kind: 'success',
        text: result.data.promoted ? t.cancelledPromoted : t.cancelled,
      });
      router.refresh();
    });
  }

  return (
    <div className="stack">
      {cancelled ? (
        !message && <p className="muted">{t.isCancelled}</p>
      ) : !confirming ? (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t.cancel}
        </button>
      ) : (
        <div className="alert alert-warning stack" role="group" aria-label={t.cancelConfirmLabel}>
          <p>{fill(t.cancelQuestion, { name })}</p>
          <p>
            <button ref={confirmRef} type="button" className="btn" onClick={cancel} disabled={pending}>
              {pending ? t.cancelling : t.cancelYes}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)} disabled={pending}>
              {t.abort}
            </button>
          </p>
        </div>
      )}
      <div aria-live="polite">
        {message && <p className={`alert alert-${message.kind === 'success' ? 'success' : 'error'}`}>{message.text}</p>}
      </div>
    </div>
  );
}
