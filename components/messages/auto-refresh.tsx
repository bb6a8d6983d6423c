'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { fill } from '@/lib/i18n/config';

/** Re-renders the server page every few seconds while `active`, so delivery states appear without a reload. */
export function AutoRefresh({
  active,
  text,
  intervalMs = 5000,
}: {
  active: boolean;
  /** "… every {n} seconds" */
  text: string;
  intervalMs?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      // A hidden tab needs no fresh numbers; it catches up on the next tick after it becomes visible.
      if (document.visibilityState === 'visible') router.refresh();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return active ? <p className="muted">{fill(text, { n: Math.round(intervalMs / 1000) })}</p> : null;
}
