'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { cancelRegistrationByOrganizerAction } from '@/lib/attendees/actions';

/** "Stornieren" with a confirmation step; reports the outcome in a live region. */
export function CancelRegistrationButton(props: {
  slug: string;
  registrationId: string;
  name: string;
  cancelled: boolean;
}) {
  const { slug, registrationId, name, cancelled } = props;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);

  function cancel() {
    startTransition(async () => {
      const result = await cancelRegistrationByOrganizerAction(slug, registrationId);
      setConfirming(false);
      if (!result.ok)
        return setMessage({ kind: 'error', text: result.formError ?? 'Die Stornierung ist fehlgeschlagen.' });
      setMessage({
        kind: 'success',
        text: result.data.promoted
          ? 'Die Anmeldung ist storniert. Die erste Person auf der Warteliste hat den Platz erhalten und wird per E-Mail benachrichtigt.'
          : 'Die Anmeldung ist storniert.',
      });
      router.refresh();
    });
  }

  return (
    <div className="stack">
      {cancelled ? (
        !message && <p className="muted">Diese Anmeldung ist storniert.</p>
      ) : !confirming ? (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          Anmeldung stornieren
        </button>
      ) : (
        <div className="alert alert-warning stack" role="group" aria-label="Stornierung bestätigen">
          <p>
            Soll die Anmeldung von {name} wirklich storniert werden? Ein frei werdender Platz geht an die erste Person
            auf der Warteliste.
          </p>
          <p>
            <button ref={confirmRef} type="button" className="btn" onClick={cancel} disabled={pending}>
              {pending ? 'Wird storniert …' : 'Ja, stornieren'}
            </button>{' '}
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)} disabled={pending}>
              Abbrechen
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
