'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { SlotOption } from '@/components/registrations/session-options';
import { SessionSlots } from '@/components/registrations/session-slots';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { changeSessionsAction } from '@/lib/registrations/manage-session-actions';

interface Props {
  token: string;
  slots: SlotOption[];
  /** The current choice: booked and waiting. */
  current: string[];
  /** Booked ones hold a place, so they are never shown as full to this person. */
  held: string[];
  required: boolean;
  t: Dictionary['sessions'];
  unexpected: string;
}

/** Changes the workshops; the server refuses overlaps and full ones at the field, nothing changes then. */
export function SessionChangeForm({ token, slots, current, held, required, t, unexpected }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const result = await changeSessionsAction(token, { sessions: value });
      if (result.ok) {
        setSaved(true);
        router.refresh();
      } else {
        setError(result.fieldErrors?.sessions ?? result.formError ?? unexpected);
      }
    } catch {
      setError(unexpected);
    } finally {
      setBusy(false);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  }

  return (
    <form onSubmit={save} noValidate className="stack">
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {saved ? (
          <div className="alert alert-success" role="status">
            <p>{t.manage.saved}</p>
          </div>
        ) : null}
      </div>
      <SessionSlots
        slots={slots}
        value={value}
        onChange={(next) => {
          setValue(next);
          setSaved(false);
        }}
        required={required}
        held={held}
        error={error}
        t={t}
        idPrefix="manage-sessions"
      />
      <p>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t.manage.saving : t.manage.save}
        </button>
      </p>
    </form>
  );
}
