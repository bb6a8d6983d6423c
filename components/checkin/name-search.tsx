'use client';
import { useMemo, useRef, useState } from 'react';
import { clockTime, type DoorLanguage, deviceLabel, fullName } from '@/lib/checkin/display';
import { matchesQuery, normalizeName } from '@/lib/checkin/normalize';
import type { DoorAttendee } from '@/lib/checkin/types';
import { fill } from '@/lib/i18n/config';
import type { DoorTexts } from '@/lib/i18n/de/door';
import styles from './checkin.module.css';

const MAX_HITS = 20;

function StatusBadge({ a, language }: { a: DoorAttendee; language: DoorLanguage }) {
  const t = language.t.search;
  if (a.status === 'cancelled')
    return <span className="badge badge-danger">{a.substituted ? t.substituted : t.cancelled}</span>;
  if (a.status === 'waitlisted') return <span className="badge badge-warning">{t.waitlisted}</span>;
  if (a.checkedInAt)
    return (
      <span className="badge badge-success">
        {fill(t.checkedInAt, {
          time: clockTime(a.checkedInAt, language.locale),
          device: deviceLabel(a.checkedInDevice, language),
        })}
      </span>
    );
  return <span className="badge">{t.notYet}</span>;
}

function UndoWithReason({
  a,
  onUndo,
  t,
}: {
  a: DoorAttendee;
  onUndo: (a: DoorAttendee, reason?: string) => Promise<string | null>;
  t: DoorTexts['search'];
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `undo-reason-${a.id}`;
  if (!open)
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
        {t.undoOpen}
      </button>
    );
  return (
    <form
      className={styles.undoForm}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(await onUndo(a, reason.trim() || undefined));
      }}
    >
      <label htmlFor={id}>{t.reason}</label>
      <input id={id} className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="btn">
        {t.undoSubmit}
      </button>
      <p aria-live="polite" className="error-text">
        {error}
      </p>
    </form>
  );
}

/**
 * Finds people in the device's list by name or organisation (umlaut- and accent-tolerant), offline too. It filters
 * as one types, so it is a search landmark, not a form. After a check-in the field is emptied and focused again.
 */
export function NameSearch({
  attendees,
  device,
  supervisor,
  onCheckIn,
  onUndo,
  language,
}: {
  attendees: DoorAttendee[];
  device: string;
  supervisor: boolean;
  onCheckIn: (a: DoorAttendee) => void;
  onUndo: (a: DoorAttendee, reason?: string) => Promise<string | null>;
  language: DoorLanguage;
}) {
  const t = language.t.search;
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const index = useMemo(
    () =>
      attendees.map((a) => ({
        a,
        hay: normalizeName(`${a.title ?? ''} ${a.firstName} ${a.lastName} ${a.organization ?? ''}`),
      })),
    [attendees],
  );
  const hits = useMemo(
    () => (query.trim().length < 2 ? null : index.filter((e) => matchesQuery(e.hay, query)).map((e) => e.a)),
    [index, query],
  );
  return (
    <section aria-labelledby="search-heading" className={styles.search}>
      <h2 id="search-heading">{t.heading}</h2>
      <div role="search" className="field">
        <label htmlFor="attendee-search">{t.label}</label>
        <input
          ref={inputRef}
          id="attendee-search"
          type="search"
          className="input"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p aria-live="polite" className={styles.searchStatus}>
        {hits === null
          ? t.tooShort
          : hits.length === 0
            ? t.none
            : hits.length === 1
              ? t.hitOne
              : fill(hits.length > MAX_HITS ? t.hitsCapped : t.hits, { n: hits.length, max: MAX_HITS })}
      </p>
      {hits && hits.length > 0 && (
        <ul className={styles.hits}>
          {hits.slice(0, MAX_HITS).map((a) => (
            <li key={a.id} className={styles.hit}>
              <div>
                <p className={styles.hitName}>{fullName(a)}</p>
                {a.organization && <p className="muted">{a.organization}</p>}
                <StatusBadge a={a} language={language} />
              </div>
              <div className={styles.hitActions}>
                {/* Waiting list and cancelled cannot be checked in; the badge says why, so no button invites a refusal. */}
                {a.status === 'confirmed' && (
                  <button
                    type="button"
                    className="btn"
                    aria-label={fill(t.checkInName, { name: fullName(a) })}
                    onClick={() => {
                      onCheckIn(a);
                      setQuery('');
                      inputRef.current?.focus();
                    }}
                  >
                    {t.checkIn}
                  </button>
                )}
                {a.checkedInAt && supervisor && a.checkedInDevice !== device && (
                  <UndoWithReason a={a} onUndo={onUndo} t={t} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
