'use client';

import { useEffect, useRef } from 'react';

interface Props {
  audienceLabel: string;
  recipients: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second step before a message goes out: names the audience and the number of people, focus on "Ja". */
export function SendConfirmation({ audienceLabel, recipients, pending, onConfirm, onCancel }: Props) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="alert alert-warning stack" role="group" aria-labelledby="confirm-send-text">
      <p id="confirm-send-text">
        Soll die Nachricht jetzt an {recipients} („{audienceLabel}“) gehen? Jede Person erhält eine eigene E-Mail; das
        lässt sich nicht zurücknehmen.
      </p>
      <p>
        <button ref={confirmRef} type="button" className="btn" onClick={onConfirm} disabled={pending}>
          {pending ? 'Wird gesendet …' : `Ja, an ${recipients} senden`}
        </button>{' '}
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={pending}>
          Abbrechen
        </button>
      </p>
    </div>
  );
}
