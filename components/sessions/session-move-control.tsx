'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { moveSessionBookingAction } from '@/lib/sessions/actions';
import { useNotice } from './session-notice';

export interface MoveTarget {
  id: string;
  label: string;
}

/**
 * Moving one person to another workshop, or taking them off this one (with a confirmation step). The outcome is
 * announced in the page's live region (SessionNoticeProvider); the lists reload from the server.
 */
export function SessionMoveControl(props: {
  slug: string;
  sessionId: string;
  sessionTitle: string;
  registrationId: string;
  name: string;
  targets: MoveTarget[];
  t: Dictionary['sessionLists']['move'];
}) {
  const { slug, sessionId, sessionTitle, registrationId, name, targets, t } = props;
  const router = useRouter();
  const selectId = useId();
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const setMessage = useNotice();
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);

  function run(target: string | null) {
    startTransition(async () => {
      const result = await moveSessionBookingAction(slug, sessionId, registrationId, target);
      setConfirming(false);
      if (!result.ok) {
        const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
        return setMessage({ kind: 'error', text: field ?? result.formError ?? t.failed });
      }
      const done = target === null ? t.removed : result.data.status === 'waitlisted' ? t.movedWaiting : t.moved;
      const promoted = result.data.promoted > 0 ? ` ${fill(t.promoted, { n: result.data.promoted })}` : '';
      setMessage({ kind: 'success', text: fill(done, { name }) + promoted });
      router.refresh();
    });
  }

  return (
    <details>
      <summary>{t.summary}</summary>
      <div className="stack">
        {targets.length === 0 ? (
          <p className="muted">{t.noTargets}</p>
        ) : (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (to) run(to);
            }}
          >
            <div className="field">
              <label htmlFor={selectId}>{t.label}</label>
              <select id={selectId} className="input" value={to} onChange={(e) => setTo(e.target.value)} required>
                <option value="">{t.choose}</option>
                {targets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn-secondary" disabled={pending}>
              {pending ? t.working : t.submit}
            </button>
          </form>
        )}
        {!confirming ? (
          <p>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                setConfirming(true);
                requestAnimationFrame(() => confirmRef.current?.focus());
              }}
            >
              {t.remove}
            </button>
          </p>
        ) : (
          <div className="alert alert-warning stack" role="group" aria-label={t.remove}>
            <p>{fill(t.removeQuestion, { name, session: sessionTitle })}</p>
            <p>
              <button ref={confirmRef} type="button" className="btn" onClick={() => run(null)} disabled={pending}>
                {pending ? t.working : t.removeYes}
              </button>{' '}
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => setConfirming(false)}
                disabled={pending}
              >
                {t.abort}
              </button>
            </p>
          </div>
        )}
      </div>
    </details>
  );
}
