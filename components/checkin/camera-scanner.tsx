'use client';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import type { DoorTexts } from '@/lib/i18n/de/door';
import styles from './checkin.module.css';

type Detector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };
type DetectorCtor = new (options: { formats: string[] }) => Detector;

const INTERVAL_MS = 150;

// BarcodeDetector is fast where it exists (Android, macOS); everywhere else (e.g. Linux Chromium) jsQR decodes frames.
async function makeDetector(): Promise<Detector | null> {
  const Ctor = (
    globalThis as unknown as { BarcodeDetector?: DetectorCtor & { getSupportedFormats?: () => Promise<string[]> } }
  ).BarcodeDetector;
  if (!Ctor) return null;
  try {
    const formats = (await Ctor.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Ctor({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

/** Reads QR codes from the (rear) camera continuously and reports each decoded text. */
export function CameraScanner({ onCode, t }: { onCode: (text: string) => void; t: DoorTexts['camera'] }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const unavailable = useRef(t.unavailable);
  unavailable.current = t.unavailable;
  const [active, setActive] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: 'environment' } },
          audio: false,
        });
      } catch {
        setError(unavailable.current);
        setActive(false);
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const detector = await makeDetector();
      const tick = async () => {
        if (stopped) return;
        if (video.readyState >= 2 && video.videoWidth > 0) {
          let text: string | null = null;
          if (detector) {
            text = (await detector.detect(video).catch(() => []))[0]?.rawValue ?? null;
          } else if (ctx) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            ctx.drawImage(video, 0, 0);
            const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
            text = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
          }
          if (text) onCodeRef.current(text);
        }
        timer = setTimeout(() => void tick(), INTERVAL_MS);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [active]);

  return (
    <section aria-labelledby="camera-heading" className={styles.camera}>
      <h2 id="camera-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <button
        type="button"
        className="btn btn-secondary"
        aria-pressed={active}
        onClick={() => {
          setError(null);
          setActive((a) => !a);
        }}
      >
        {active ? t.stop : t.start}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {active && <video ref={videoRef} className={styles.video} muted playsInline aria-label={t.video} />}
    </section>
  );
}
