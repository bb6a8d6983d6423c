'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { scheduleReminderAction } from '@/lib/invitations/actions';

/** The date-time of the automatic reminder (Event.invitationReminderAt), in the venue's time. */
export function ReminderScheduleForm({
  slug,
  value,
  formatted,
  queued,
  t,
  locale,
}: {
  locale: Locale;
  slug: string;
  /** The saved time as "YYYY-MM-DDTHH:mm" at the venue, or ''. */
  value: string;
  /** The saved time as the page shows it (German format), or null. */
  formatted: string | null;
  /** When the scheduled reminder went out, formatted, or null. */
  queued: string | null;
  t: Dictionary['invitations']['dashboard'];
}) {
  const router = useRouter();
  const [at, setAt] = useState(value);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const s = t.schedule;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      const result = await scheduleReminderAction(slug, { at });
      if (result.ok) {
        router.refresh();
        setNotice({
          kind: 'success',
          text: result.data.at ? fill(s.saved, { date: formatDateTime(new Date(result.data.at), locale) }) : s.cleared,
        });
      } else setNotice({ kind: 'error', text: result.formError ?? result.fieldErrors?.at ?? t.unexpected });
    } catch {
      setNotice({ kind: 'error', text: t.unexpected });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} className="stack" noValidate>
      <div className="field">
        <label htmlFor="reminder-at">{s.label}</label>
        <p id="reminder-at-hint" className="hint">
          {s.hint}
        </p>
        <input
          id="reminder-at"
          className="input"
          type="datetime-local"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          aria-describedby="reminder-at-hint"
        />
      </div>
      {formatted && !notice ? <p>{fill(s.saved, { date: formatted })}</p> : null}
      {queued ? <p>{fill(s.queued, { date: queued })}</p> : null}
      <p>
        <button type="submit" className="btn btn-secondary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t.busy : s.save}
        </button>
      </p>
      <div aria-live="polite">{notice ? <p className={`alert alert-${notice.kind}`}>{notice.text}</p> : null}</div>
    </form>
  );
}
