'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { releaseContingentAction } from '@/lib/registrations/contingent-actions';
import { useEditorText } from './editor-text';

interface Props {
  eventId: string;
  /** The status line, formatted on the server (dates in Berlin time). */
  status: string;
  /** Whether anything is still held: only then can it be released. */
  releasable: boolean;
  t: Dictionary['approval']['settings'];
}

/** The contingent's state (held / taken by invitees / released at) and the button that releases it now, after a confirmation. */
export function ContingentStatus({ eventId, status, releasable, t }: Props) {
  const failed = useEditorText().common.failed;
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const release = () => {
    if (!window.confirm(t.releaseConfirm)) return;
    start(async () => {
      const result = await releaseContingentAction(eventId).catch(() => null);
      setMessage(
        result?.ok
          ? { kind: 'success', text: fill(t.releaseDone, result.data) }
          : { kind: 'error', text: result?.formError ?? failed },
      );
      requestAnimationFrame(() => messageRef.current?.focus());
      if (result?.ok) router.refresh();
    });
  };
  return (
    <section aria-labelledby="contingent-status-heading" className="card stack">
      <h2 id="contingent-status-heading">{t.statusHeading}</h2>
      <p data-testid="contingent-status">{status}</p>
      {releasable ? (
        <p>
          <button type="button" className="btn btn-secondary" disabled={pending} onClick={release}>
            {pending ? t.releasing : t.releaseNow}
          </button>
        </p>
      ) : null}
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
