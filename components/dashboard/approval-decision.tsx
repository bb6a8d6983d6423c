'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { decideRegistrationsAction } from '@/lib/registrations/approval-actions';
import styles from './dashboard.module.css';
import { decisionSummary } from './decision-summary';

interface Props {
  slug: string;
  registrationId: string;
  /** Only a pending registration offers the buttons; afterwards the outcome stays readable. */
  pending: boolean;
  t: Dictionary['approval'];
}

/** Approve or reject one registration with an optional message; the outcome is announced and the page reloads. */
export function ApprovalDecision({ slug, registrationId, pending, t }: Props) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, start] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);

  function decide(decision: 'approve' | 'reject') {
    if (decision === 'reject' && !window.confirm(t.detail.rejectConfirm)) return;
    start(async () => {
      const result = await decideRegistrationsAction(slug, { registrationIds: [registrationId], decision, note }).catch(
        () => null,
      );
      setMessage(
        result?.ok
          ? { kind: 'success', text: decisionSummary(result.data, t.list) }
          : { kind: 'error', text: result?.fieldErrors?.note ?? result?.formError ?? t.list.failed },
      );
      requestAnimationFrame(() => messageRef.current?.focus());
      if (result?.ok) router.refresh();
    });
  }

  return (
    <div className="stack">
      {pending ? (
        <>
          <p>{t.detail.intro}</p>
          <div className="field">
            <label htmlFor={noteId}>{t.detail.note}</label>
            <p id={`${noteId}-hint`} className="hint">
              {t.list.noteHint}
            </p>
            <textarea
              id={noteId}
              className="input"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={`${noteId}-hint`}
            />
          </div>
          <div className={styles.decisionButtons}>
            <button type="button" className="btn" disabled={busy} onClick={() => decide('approve')}>
              {busy ? t.list.working : t.detail.approve}
            </button>
            <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => decide('reject')}>
              {t.detail.reject}
            </button>
          </div>
        </>
      ) : null}
      <div aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message ? (
          <div className={`alert alert-${message.kind}`}>
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
