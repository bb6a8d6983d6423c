'use client';
import { useMemo, useRef, useState } from 'react';
import { bookingOf, clockTime, type DoorLanguage, deviceLabel, doorStamp, fullName } from '@/lib/checkin/display';
import { matchesQuery, normalizeName } from '@/lib/checkin/normalize';
import type { DoorAttendee } from '@/lib/checkin/types';
import { fill } from '@/lib/i18n/config';
import type { DoorTexts } from '@/lib/i18n/de/door';
import styles from './checkin.module.css';

const MAX_HITS = 20;

/** Whether this door may let the person in at all (the verdict then says whether they are in already). */
const admissible = (a: DoorAttendee, door: string | null) =>
  a.status === 'confirmed' && a.mode !== 'online' && (door === null || Boolean(bookingOf(a, door)));

function StatusBadge({ a, door, language }: { a: DoorAttendee; door: string | null; language: DoorLanguage }) {
  const t = language.t.search;
  const room = language.room?.search;
  if (a.status === 'cancelled')
    return <span className="badge badge-danger">{a.substituted ? t.substituted : t.cancelled}</span>;
  if (a.status === 'waitlisted') return <span className="badge badge-warning">{t.waitlisted}</span>;
  if (a.mode === 'online' && room) return <span className="badge badge-danger">{room.online}</span>;
  if (door !== null && room && !bookingOf(a, door)) return <span className="badge badge-danger">{room.notBooked}</span>;
  const stamp = doorStamp(a, door);
  if (stamp.at)
    return (
      <span className="badge badge-success">
        {fill(t.checkedInAt, {
          time: clockTime(stamp.at, language.locale),
          device: deviceLabel(stamp.device, language),
        })}
      </span>
    );
  return <span className="badge">{door !== null && room ? room.booked : t.notYet}</span>;
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
  door,
  supervisor,
  onCheckIn,
  onUndo,
  language,
}: {
  attendees: DoorAttendee[];
  device: string;
  /** The room door's session, or null at the entrance. */
  door: string | null;
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
                <StatusBadge a={a} door={door} language={language} />
              </div>
              <div className={styles.hitActions}>
                {/* Who cannot be let in here gets no button; the badge says why, so nothing invites a refusal. */}
                {admissible(a, door) && (
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
                {doorStamp(a, door).at && supervisor && doorStamp(a, door).device !== device && (
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
