'use client';

import { useEffect, useRef } from 'react';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';

interface Props {
  t: Dictionary['dashboard']['compose'];
  audienceLabel: string;
  recipients: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The second step before a message goes out: names the audience and the number of people, focus on "Yes". */
export function SendConfirmation({ t, audienceLabel, recipients, pending, onConfirm, onCancel }: Props) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="alert alert-warning stack" role="group" aria-labelledby="confirm-send-text">
      <p id="confirm-send-text">{fill(t.confirm, { recipients, audience: audienceLabel })}</p>
      <p>
        <button ref={confirmRef} type="button" className="btn" onClick={onConfirm} disabled={pending}>
          {pending ? t.sending : fill(t.confirmYes, { recipients })}
        </button>{' '}
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={pending}>
          {t.cancel}
        </button>
      </p>
    </div>
  );
}
