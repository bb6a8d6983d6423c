'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { fill } from '@/lib/i18n/config';
import { remindInvitationsAction, sendInvitationsAction } from '@/lib/invitations/actions';

interface Texts {
  button: string;
  hint: string;
  none: string;
  confirm: string;
  done: string;
  yes: string;
  no: string;
  busy: string;
  unexpected: string;
}

/**
 * A bulk mail button ("Einladungen senden", "Erinnerung senden") with the count it reaches, a confirmation step
 * naming that count, a pending state and the outcome announced politely.
 */
export function BulkMailButton({
  kind,
  slug,
  count,
  countText,
  t,
}: {
  kind: 'send' | 'remind';
  slug: string;
  count: number;
  /** The count as the page formats it (1.500). */
  countText: string;
  t: Texts;
}) {
  const router = useRouter();
  const id = `invitations-${kind}`;
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  async function run() {
    setStep('busy');
    try {
      const result = await (kind === 'send' ? sendInvitationsAction : remindInvitationsAction)(slug);
      setNotice(
        result.ok
          ? { kind: 'success', text: fill(t.done, { n: result.data.sent }) }
          : { kind: 'error', text: result.formError ?? t.unexpected },
      );
      router.refresh();
    } catch {
      setNotice({ kind: 'error', text: t.unexpected });
    }
    setStep('idle');
    requestAnimationFrame(() => openRef.current?.focus());
  }

  return (
    <div className="stack">
      <p id={`${id}-hint`} className="hint">
        {count > 0 ? t.hint : t.none}
      </p>
      {step === 'confirm' ? (
        <div role="group" aria-labelledby={`${id}-confirm`} className="actions">
          <p id={`${id}-confirm`}>
            <strong>{fill(t.confirm, { n: countText })}</strong>
          </p>
          <button ref={yesRef} type="button" className="btn" onClick={run}>
            {t.yes}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setStep('idle');
              requestAnimationFrame(() => openRef.current?.focus());
            }}
          >
            {t.no}
          </button>
        </div>
      ) : (
        <p>
          <button
            ref={openRef}
            type="button"
            className="btn"
            aria-describedby={`${id}-hint`}
            disabled={count === 0 || step === 'busy'}
            aria-busy={step === 'busy' || undefined}
            onClick={() => {
              setNotice(null);
              setStep('confirm');
              requestAnimationFrame(() => yesRef.current?.focus());
            }}
          >
            {step === 'busy' ? t.busy : fill(t.button, { n: countText })}
          </button>
        </p>
      )}
      <div aria-live="polite">{notice ? <p className={`alert alert-${notice.kind}`}>{notice.text}</p> : null}</div>
    </div>
  );
}
