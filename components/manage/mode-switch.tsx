'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AttendanceMode } from '@/lib/events/modes';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { switchModeAction } from '@/lib/registrations/manage-session-actions';

interface Props {
  token: string;
  /** The mode to switch to. */
  target: AttendanceMode;
  /** Going online releases booked workshops: the person must read that before confirming. */
  dropsWorkshops: boolean;
  t: Dictionary['sessions'];
  unexpected: string;
}

/** Switching mode takes a confirmation tick, with the workshop warning where it applies. */
export function ModeSwitch({ token, target, dropsWorkshops, t, unexpected }: Props) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await switchModeAction(token, { mode: target });
      if (result.ok) {
        setMessage({ kind: 'success', text: t.manage.switched });
        setConfirmed(false);
        router.refresh();
      } else {
        setMessage({ kind: 'error', text: result.formError ?? result.fieldErrors?.mode ?? unexpected });
      }
    } catch {
      setMessage({ kind: 'error', text: unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <div aria-live="polite">
        {message ? (
          <div className={`alert alert-${message.kind}`} data-testid="mode-switch-message">
            <p>{message.text}</p>
          </div>
        ) : null}
      </div>
      {dropsWorkshops ? (
        <div className="alert alert-warning" id="mode-switch-warning">
          <p>{t.manage.switchDropsWorkshops}</p>
        </div>
      ) : null}
      <div className="checkbox">
        <input
          id="mode-switch-confirm"
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          aria-describedby={dropsWorkshops ? 'mode-switch-warning' : undefined}
        />
        <label htmlFor="mode-switch-confirm">{t.manage.switchConfirm}</label>
      </div>
      <p>
        <button type="submit" className="btn btn-secondary" disabled={busy || !confirmed}>
          {busy ? t.manage.switching : t.manage.switchTo[target]}
        </button>
      </p>
    </form>
  );
}
