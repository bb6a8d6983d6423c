'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Re-renders the server page every few seconds while `active`, so delivery states appear without a reload. */
export function AutoRefresh({ active, intervalMs = 5000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      // A hidden tab needs no fresh numbers; it catches up on the next tick after it becomes visible.
      if (document.visibilityState === 'visible') router.refresh();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? (
    <p className="muted">
      Die Zustellung läuft noch; diese Seite aktualisiert sich alle {Math.round(intervalMs / 1000)} Sekunden.
    </p>
  ) : null;
}
