'use client';

import { useState, useTransition } from 'react';
import { resendRegistrationMailAction } from '@/lib/attendees/actions';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Queues the confirmation (or waiting-list mail) again; the outcome is announced politely. */
export function ResendMailButton({
  slug,
  registrationId,
  t,
}: {
  slug: string;
  registrationId: string;
  t: Dictionary['dashboard']['registration'];
}) {
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      try {
        const result = await resendRegistrationMailAction(slug, registrationId);
        setMessage(
          result.ok ? { kind: 'success', text: t.resent } : { kind: 'error', text: result.formError ?? t.resendFailed },
        );
      } catch {
        setMessage({ kind: 'error', text: t.resendFailed });
      }
    });
  return (
    <div className="stack">
      <p>
        <button type="button" className="btn btn-secondary" onClick={resend} disabled={pending}>
          {pending ? t.resending : t.resend}
        </button>
      </p>
      <div aria-live="polite">{message && <p className={`alert alert-${message.kind}`}>{message.text}</p>}</div>
    </div>
  );
}
