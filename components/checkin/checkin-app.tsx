'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { type DoorLanguage, deviceLabel } from '@/lib/checkin/display';
import { fill, type Locale } from '@/lib/i18n/config';
import type { DoorTexts } from '@/lib/i18n/de/door';
import type { RoomDoorTexts } from '@/lib/i18n/de/room-door';
import { BadgePrint } from './badge-print';
import { CameraScanner } from './camera-scanner';
import { ConflictList } from './conflict-list';
import { DoorChooser, type RoomDoorOption, useDoorChoice } from './door-chooser';
import { DoorCounter } from './door-counter';
import { NameSearch } from './name-search';
import { useOfflineShell } from './offline-shell';
import { ResultOverlay } from './result-overlay';
import { SyncBanner } from './sync-banner';
import { useDoor } from './use-door';
import { WalkInForm } from './walk-in-form';
import styles from './checkin.module.css';

/**
 * The door screen: camera, handheld scanner or typed code, name search, walk-ins; works offline. Its texts come
 * in as a prop (plain strings from the server page), so the page the service worker cached has them too.
 */
export function CheckinApp({
  slug,
  eventId,
  supervisor,
  t,
  room,
  rooms,
  locale,
}: {
  slug: string;
  eventId: string;
  supervisor: boolean;
  t: DoorTexts;
  room: RoomDoorTexts;
  /** The event's bookable sessions: the room doors this device can be set to. */
  rooms: RoomDoorOption[];
  locale: Locale;
}) {
  const language: DoorLanguage = useMemo(() => ({ t, room, locale }), [t, room, locale]);
  const { state, device, scan, checkInAttendee, undo, walkIn, setDoor } = useDoor(slug, eventId, language);
  const chooseDoor = useDoorChoice(eventId, rooms, setDoor);
  const offlineReady = useOfflineShell();
  const codeRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [sound, setSound] = useState(true);
  const [printBadges, setPrintBadges] = useState(false);

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
        language={language}
      />
      <DoorChooser rooms={rooms} door={state.door} onChange={chooseDoor} language={language} />
      {state.ready ? (
        <DoorCounter attendees={state.attendees} door={state.door} language={language} />
      ) : (
        <p className="muted">{t.loading}</p>
      )}

      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="visually-hidden">
          {t.scan.heading}
        </h2>
        <form onSubmit={onSubmit} className={styles.scanForm} autoComplete="off">
          <div className={`field ${styles.grow}`}>
            <label htmlFor="ticket-code">{t.scan.label}</label>
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
              {t.scan.hint}
            </span>
          </div>
          <button type="submit" className="btn btn-large">
            {t.scan.submit}
          </button>
        </form>
      </section>

      <CameraScanner onCode={(text) => void scan(text, 'camera')} t={t.camera} />
      <ResultOverlay result={state.result} sound={sound} onUndo={onUndoResult} language={language} />

      <NameSearch
        attendees={state.attendees}
        device={device}
        door={state.door}
        supervisor={supervisor}
        onCheckIn={(a) => void checkInAttendee(a)}
        onUndo={undo}
        language={language}
      />
      <WalkInForm onSubmit={walkIn} t={t.walkIn} locale={locale} />
      {supervisor && <ConflictList slug={slug} tick={state.lastSyncAt} language={language} />}

      <fieldset className={styles.options}>
        <legend>{t.settings.legend}</legend>
        <label>
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} /> {t.settings.sound}
        </label>
        <label>
          <input type="checkbox" checked={printBadges} onChange={(e) => setPrintBadges(e.target.checked)} />{' '}
          {t.settings.printBadges}
        </label>
        <p className="muted">{fill(t.settings.thisDevice, { device: device ? deviceLabel(device, language) : '…' })}</p>
      </fieldset>
      <BadgePrint attendee={printBadges && state.result?.kind === 'checked_in' ? state.result.attendee : null} />
    </div>
  );
}
