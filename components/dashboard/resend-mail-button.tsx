'use client';

import { useState, useTransition } from 'react';
import { resendRegistrationMailAction } from '@/lib/attendees/actions';

/** Queues the confirmation (or waiting-list mail) again; the outcome is announced politely. */
export function ResendMailButton({ slug, registrationId }: { slug: string; registrationId: string }) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      try {
        const result = await resendRegistrationMailAction(slug, registrationId);
        setMessage(
          result.ok
            ? { kind: 'success', text: 'Die Mail ist in der Warteschlange und geht in Kürze hinaus.' }
            : { kind: 'error', text: result.formError ?? 'Die Mail konnte nicht erneut versandt werden.' },
        );
      } catch {
        setMessage({
          kind: 'error',
          text: 'Die Mail konnte nicht erneut versandt werden. Bitte versuchen Sie es noch einmal.',
        });
      }
    });
  return (
    <div className="stack">
      <p>
        <button type="button" className="btn btn-secondary" onClick={resend} disabled={pending}>
          {pending ? 'Wird versandt …' : 'Bestätigung erneut senden'}
        </button>
      </p>
      <div aria-live="polite">{message && <p className={`alert alert-${message.kind}`}>{message.text}</p>}</div>
    </div>
  );
}
