'use client';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { deviceLabel } from '@/lib/checkin/display';
import { BadgePrint } from './badge-print';
import { CameraScanner } from './camera-scanner';
import { ConflictList } from './conflict-list';
import { NameSearch } from './name-search';
import { useOfflineShell } from './offline-shell';
import { ResultOverlay } from './result-overlay';
import { SyncBanner } from './sync-banner';
import { useDoor } from './use-door';
import { WalkInForm } from './walk-in-form';
import styles from './checkin.module.css';

const number = new Intl.NumberFormat('de-DE');

/** The door screen: camera, handheld scanner or typed code, name search, walk-ins; works offline. */
export function CheckinApp({ slug, eventId, supervisor }: { slug: string; eventId: string; supervisor: boolean }) {
  const { state, device, scan, checkInAttendee, undo, walkIn } = useDoor(slug, eventId);
  const offlineReady = useOfflineShell();
  const codeRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [sound, setSound] = useState(true);
  const [printBadges, setPrintBadges] = useState(false);

  const confirmed = state.attendees.filter((a) => a.status === 'confirmed');
  const checkedIn = confirmed.filter((a) => a.checkedInAt).length;
  const printed = useRef(0);

  useEffect(() => {
    const r = state.result;
    if (printBadges && r && r.kind === 'checked_in' && r.attendee && printed.current !== r.seq) {
      printed.current = r.seq;
      setTimeout(() => window.print(), 50);
    }
  }, [state.result, printBadges]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = code;
    setCode('');
    codeRef.current?.focus();
    void scan(value);
  }

  const onUndoResult = useCallback(
    async () => (state.result?.attendee ? undo(state.result.attendee) : null),
    [state.result, undo],
  );

  return (
    <div className={styles.panel}>
      <SyncBanner
        online={state.online}
        lastSyncAt={state.lastSyncAt}
        pending={state.pending}
        offlineReady={offlineReady}
      />
      {state.ready ? (
        <p className={styles.counter} aria-live="polite">
          <strong>{number.format(checkedIn)}</strong> von {number.format(confirmed.length)} eingecheckt
        </p>
      ) : (
        <p className="muted">Teilnehmerliste wird geladen …</p>
      )}

      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="visually-hidden">
          Ticket scannen
        </h2>
        <form onSubmit={onSubmit} className={styles.scanForm} autoComplete="off">
          <div className={`field ${styles.grow}`}>
            <label htmlFor="ticket-code">Ticket-Code</label>
            <input
              ref={codeRef}
              id="ticket-code"
              name="code"
              className={`input ${styles.codeInput}`}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoFocus
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              enterKeyHint="go"
              aria-describedby="ticket-code-hint"
              maxLength={300}
            />
            <span id="ticket-code-hint" className="hint">
              Mit dem Handscanner scannen oder den Code eintippen und Enter drücken.
            </span>
          </div>
          <button type="submit" className="btn btn-large">
            Einchecken
          </button>
        </form>
      </section>

      <CameraScanner onCode={(text) => void scan(text, 'camera')} />
      <ResultOverlay result={state.result} sound={sound} onUndo={onUndoResult} />

      <NameSearch
        attendees={state.attendees}
        device={device}
        supervisor={supervisor}
        onCheckIn={(a) => void checkInAttendee(a)}
        onUndo={undo}
      />
      <WalkInForm onSubmit={walkIn} />
      {supervisor && <ConflictList slug={slug} tick={state.lastSyncAt} />}

      <fieldset className={styles.options}>
        <legend>Einstellungen dieses Geräts</legend>
        <label>
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} /> Ton und Vibration
        </label>
        <label>
          <input type="checkbox" checked={printBadges} onChange={(e) => setPrintBadges(e.target.checked)} />{' '}
          Namensschild nach jedem Check-in drucken
        </label>
        <p className="muted">Dieses Gerät: {device ? deviceLabel(device) : '…'}</p>
      </fieldset>
      <BadgePrint attendee={printBadges && state.result?.kind === 'checked_in' ? state.result.attendee : null} />
    </div>
  );
}
