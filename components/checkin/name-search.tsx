'use client';
import { useMemo, useState } from 'react';
import { clockTime, deviceLabel, fullName } from '@/lib/checkin/display';
import { matchesQuery, normalizeName } from '@/lib/checkin/normalize';
import type { DoorAttendee } from '@/lib/checkin/types';
import styles from './checkin.module.css';

const MAX_HITS = 20;

function StatusBadge({ a }: { a: DoorAttendee }) {
  if (a.status === 'cancelled') return <span className="badge badge-danger">Storniert</span>;
  if (a.status === 'waitlisted') return <span className="badge badge-warning">Warteliste</span>;
  if (a.checkedInAt)
    return (
      <span className="badge badge-success">
        Eingecheckt {clockTime(a.checkedInAt)} Uhr · {deviceLabel(a.checkedInDevice)}
      </span>
    );
  return <span className="badge">Bestätigt, noch nicht eingecheckt</span>;
}

function UndoWithReason({
  a,
  onUndo,
}: {
  a: DoorAttendee;
  onUndo: (a: DoorAttendee, reason?: string) => Promise<string | null>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `undo-reason-${a.id}`;
  if (!open)
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setOpen(true)}>
        Check-in zurücknehmen
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
      <label htmlFor={id}>Grund</label>
      <input id={id} className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="btn">
        Zurücknehmen
      </button>
      <p aria-live="polite" className="error-text">
        {error}
      </p>
    </form>
  );
}

/** Finds people in the device's list by name or organisation (umlaut- and accent-tolerant), offline too. */
export function NameSearch({
  attendees,
  device,
  supervisor,
  onCheckIn,
  onUndo,
}: {
  attendees: DoorAttendee[];
  device: string;
  supervisor: boolean;
  onCheckIn: (a: DoorAttendee) => void;
  onUndo: (a: DoorAttendee, reason?: string) => Promise<string | null>;
}) {
  const [query, setQuery] = useState('');
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
      <h2 id="search-heading">Ohne Ticket: nach Namen suchen</h2>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="attendee-search">Name oder Organisation</label>
          <input
            id="attendee-search"
            type="search"
            className="input"
            value={query}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </form>
      <p aria-live="polite" className={styles.searchStatus}>
        {hits === null
          ? 'Mindestens zwei Buchstaben eingeben.'
          : hits.length === 0
            ? 'Keine Treffer.'
            : `${hits.length} Treffer${hits.length > MAX_HITS ? ` (die ersten ${MAX_HITS}; bitte genauer suchen)` : ''}.`}
      </p>
      {hits && hits.length > 0 && (
        <ul className={styles.hits}>
          {hits.slice(0, MAX_HITS).map((a) => (
            <li key={a.id} className={styles.hit}>
              <div>
                <p className={styles.hitName}>{fullName(a)}</p>
                {a.organization && <p className="muted">{a.organization}</p>}
                <StatusBadge a={a} />
              </div>
              <div className={styles.hitActions}>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Einchecken: ${fullName(a)}`}
                  onClick={() => onCheckIn(a)}
                >
                  Einchecken
                </button>
                {a.checkedInAt && supervisor && a.checkedInDevice !== device && (
                  <UndoWithReason a={a} onUndo={onUndo} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
