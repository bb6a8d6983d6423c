'use client';
import { useEffect, useState } from 'react';
import { type DoorLanguage, describeScan, type ScanDisplay } from '@/lib/checkin/display';
import type { DoorResult } from '@/lib/checkin/door-state';
import { fill } from '@/lib/i18n/config';
import styles from './checkin.module.css';

const HIDE_AFTER_MS = { success: 4_000, warning: 8_000, danger: 8_000 } as const;

function feedback(tone: ScanDisplay['tone']) {
  // Vibration where phones support it; a short tone otherwise helps with a handheld scanner.
  navigator.vibrate?.(tone === 'success' ? 80 : [200, 100, 200]);
  try {
    const audio = new AudioContext();
    const osc = audio.createOscillator();
    osc.frequency.value = tone === 'success' ? 880 : 220;
    osc.connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + (tone === 'success' ? 0.12 : 0.35));
    osc.onended = () => void audio.close();
  } catch {
    // No audio: the screen is enough.
  }
}

/**
 * The verdict in full-screen colour, large enough to read at arm's length; it does not take focus from the scan field.
 * After a few seconds (or "Weiter") it shrinks to a "Letzter Scan" line that keeps the one-tap undo.
 */
export function ResultOverlay({
  result,
  sound,
  onUndo,
  language,
}: {
  result: DoorResult | null;
  sound: boolean;
  onUndo: () => Promise<string | null>;
  language: DoorLanguage;
}) {
  const t = language.t.result;
  const [undoError, setUndoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hiddenSeq, setHiddenSeq] = useState<number | null>(null);

  useEffect(() => {
    setUndoError(null);
    if (!result) return;
    const tone = describeScan(result.kind, result.attendee, language, result.door).tone;
    if (sound) feedback(tone);
    const timer = setTimeout(() => setHiddenSeq(result.seq), HIDE_AFTER_MS[tone]);
    return () => clearTimeout(timer);
  }, [result, sound, language]);

  const d = result ? describeScan(result.kind, result.attendee, language, result.door) : null;
  const full = Boolean(result && hiddenSeq !== result.seq);
  const undoButton = result?.undoable ? (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        setUndoError(await onUndo());
        setBusy(false);
      }}
    >
      {t.undo}
    </button>
  ) : null;
  return (
    <div role="status" aria-live="assertive" aria-atomic="true" className={styles.resultRegion}>
      {result && d && full && (
        <div
          key={result.seq}
          className={`${styles.result} ${styles[d.tone]}`}
          data-testid="checkin-result"
          data-tone={d.tone}
        >
          <span className={styles.symbol} aria-hidden="true">
            {d.symbol}
          </span>
          <p className={styles.headline}>{d.headline}</p>
          {d.name && <p className={styles.name}>{d.name}</p>}
          {d.detail && <p className={styles.detail}>{d.detail}</p>}
          <div className={styles.resultActions}>
            {undoButton}
            <button type="button" className="btn btn-secondary" onClick={() => setHiddenSeq(result.seq)}>
              {t.next}
            </button>
          </div>
          {undoError && (
            <p className={styles.detail} role="alert">
              {undoError}
            </p>
          )}
        </div>
      )}
      {result && d && !full && (
        <div className={styles.lastScan} data-testid="last-scan">
          <p>
            <span aria-hidden="true">{d.symbol}</span> {fill(t.lastScan, { headline: d.headline })}
            {d.name ? ` – ${d.name}` : ''}
          </p>
          {undoButton}
          {undoError && (
            <p className="error-text" role="alert">
              {undoError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
